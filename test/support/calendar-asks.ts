import type { EnteredAsk } from '#domain/calendar/calendar-ask';
import type { AskRequest } from '#events/ask-request';

/** A valid ask from an invented team: a pupil survey in the week of Monday 2 February 2026 (a clear week). */
export const anAskRequest = (overrides: Partial<AskRequest> = {}): AskRequest => ({
  title: 'Pupil wellbeing survey 2026',
  owner: {
    team: 'Public Health (Children and Young People)',
    contact: { name: 'Sam Example', email: 'sam.example@example.gov.uk' },
  },
  kind: 'survey',
  criticality: 'normal',
  window: { type: 'all-day', start: '2026-02-02', end: '2026-02-06' },
  audience: { phases: ['primary', 'secondary'], schoolTypes: [] },
  link: 'https://example.gov.uk/wellbeing-survey',
  ...overrides,
});

/** An entered ask as recorded (version 1, active) from a request. */
export const anEnteredAsk = (
  overrides: Partial<AskRequest> &
    Partial<Pick<EnteredAsk, 'askId' | 'version' | 'status' | 'recordedAt'>> = {},
): EnteredAsk => {
  const {
    askId = 'ASK-7K3M9Q2XHD',
    version = 1,
    status = 'active',
    recordedAt = '2025-11-24T10:15:00.000Z',
    ...request
  } = overrides;
  return {
    ...anAskRequest(request),
    source: 'entered',
    askId,
    version,
    status,
    recordedAt,
    sequence: version - 1,
  } as EnteredAsk;
};
