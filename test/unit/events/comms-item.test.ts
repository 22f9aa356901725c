import { describe, expect, it } from 'vitest';
import { COMMS_ITEM_LIMITS, CommsItemRequestSchema } from '#events/comms-item';
import { CommsItemSubmittedEvent } from '#events/comms-item-submitted';
import { itemRequest } from '#test/support/comms-items';

/** `{ path: message }` of every issue with a form. */
const issuesOf = (form: unknown): Record<string, string> => {
  const result = CommsItemRequestSchema.safeParse(form);
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.map(String).join('.'), issue.message]),
  );
};

describe('a comms item form', () => {
  it('is accepted with its audience and links left out, meaning everyone and none', () => {
    // prepare
    const { audience: _a, links: _l, ...form } = itemRequest();

    // act
    const item = CommsItemRequestSchema.parse(form);

    // assert
    expect(item.audience).toEqual({ roles: [], phases: [], schoolTypes: [] });
    expect(item.links).toEqual([]);
  });

  it('trims its one-line fields', () => {
    // prepare
    const form = itemRequest({ headline: '  Spring census  ' });

    // act
    const item = CommsItemRequestSchema.parse(form);

    // assert
    expect(item.headline).toBe('Spring census');
  });

  it.each<{ change: string; form: unknown; path: string; message: string }>([
    {
      change: 'a headline over its cap',
      form: itemRequest({ headline: 'x'.repeat(COMMS_ITEM_LIMITS.headline + 1) }),
      path: 'headline',
      message: 'headline must be 120 characters or fewer',
    },
    {
      change: 'a headline on two lines',
      form: itemRequest({ headline: 'Spring\ncensus' }),
      path: 'headline',
      message: 'headline must be plain text, without control characters',
    },
    {
      change: 'no summary',
      form: { ...itemRequest(), summary: undefined },
      path: 'summary',
      message: 'summary is required',
    },
    {
      change: 'a summary over its cap',
      form: itemRequest({ summary: 'x'.repeat(401) }),
      path: 'summary',
      message: 'summary must be 400 characters or fewer',
    },
    {
      change: 'a body over its cap',
      form: itemRequest({ body: 'a'.repeat(COMMS_ITEM_LIMITS.body + 1) }),
      path: 'body',
      message: 'body must be 10000 characters or fewer',
    },
    {
      change: 'a body with raw HTML',
      form: itemRequest({ body: 'Closed <b>Friday</b>' }),
      path: 'body',
      message: 'raw HTML is not allowed (found "<b>"): write Markdown instead',
    },
    {
      change: 'a body with a control character',
      form: itemRequest({ body: 'Closed\u0007 Friday' }),
      path: 'body',
      message: 'body must be plain text, without control characters',
    },
    {
      change: 'an unknown category',
      form: itemRequest({ category: 'urgent' as never }),
      path: 'category',
      message: 'category must be one of action-required, for-information, training-and-events',
    },
    {
      change: 'an action-required item with no action-by date',
      form: itemRequest({ category: 'action-required' }),
      path: 'actionBy',
      message: 'actionBy is required for an action-required item: the day schools must act by',
    },
    {
      change: 'an action-by date on an item for information',
      form: itemRequest({ category: 'for-information', actionBy: '2026-12-04' }),
      path: 'actionBy',
      message: 'actionBy is only for action-required items, not for-information',
    },
    {
      change: 'an action-by date that is not a real day',
      form: itemRequest({ category: 'action-required', actionBy: '2026-02-30' }),
      path: 'actionBy',
      message: 'actionBy must be a real calendar date',
    },
    {
      change: 'an action-by date written the British way',
      form: itemRequest({ category: 'action-required', actionBy: '04/12/2026' }),
      path: 'actionBy',
      message: 'actionBy must be a date written YYYY-MM-DD',
    },
    {
      change: 'an unknown role',
      form: itemRequest({ audience: { roles: ['caretaker' as never], phases: [], schoolTypes: [] } }),
      path: 'audience.roles.0',
      message: 'audience roles must each be one of headteacher, school-business-manager, senco, office',
    },
    {
      change: 'a phase named twice',
      form: itemRequest({ audience: { roles: [], phases: ['primary', 'primary'], schoolTypes: [] } }),
      path: 'audience.phases',
      message: 'audience phases must not name a value twice',
    },
    {
      change: 'a contact email that is not one',
      form: itemRequest({ owner: { team: 'Admissions', contact: { name: 'Pat Lee', email: 'pat.lee' } } }),
      path: 'owner.contact.email',
      message: 'owner contact email must be an email address',
    },
    {
      change: 'no owner',
      form: { ...itemRequest(), owner: undefined },
      path: 'owner',
      message: 'owner is required',
    },
    {
      change: 'a link to an unencrypted address',
      form: itemRequest({ links: [{ text: 'Admissions guide', url: 'http://example.gov.uk/a' }] }),
      path: 'links.0.url',
      message: 'link url must be a web address starting https://',
    },
    {
      change: 'a link that says "click here"',
      form: itemRequest({ links: [{ text: 'Click here', url: 'https://example.gov.uk/a' }] }),
      path: 'links.0.text',
      message: 'link text must say where the link goes, not "click here" or "read more"',
    },
    {
      change: 'more links than the cap',
      form: itemRequest({
        links: Array.from({ length: 11 }, (_, i) => ({
          text: `Guide ${i}`,
          url: `https://example.gov.uk/${i}`,
        })),
      }),
      path: 'links',
      message: 'an item may carry 10 links at most',
    },
  ])('refuses $change, naming $path', ({ form, path, message }) => {
    // prepare: the form above

    // act
    const issues = issuesOf(form);

    // assert
    expect(issues[path]).toBe(message);
  });

  it('names every bad field in one answer', () => {
    // prepare
    const form = {
      ...itemRequest({ headline: '', category: 'action-required' }),
      links: [{ text: 'here', url: 'ftp://example.org' }],
    };

    // act
    const paths = Object.keys(issuesOf(form)).sort();

    // assert
    expect(paths).toEqual(['actionBy', 'headline', 'links.0.text', 'links.0.url']);
  });

  it('refuses an oversized body on its size alone, without reading it as Markdown', () => {
    // prepare
    const form = itemRequest({ body: `<div>${'x'.repeat(COMMS_ITEM_LIMITS.body)}</div>` });

    // act
    const result = CommsItemRequestSchema.safeParse(form);

    // assert
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'body must be 10000 characters or fewer',
    ]);
  });

  it('is published as CommsItemSubmitted from ecc.education.comms at version 1.0.0', () => {
    // prepare
    const { name, source, version } = CommsItemSubmittedEvent;

    // act
    const declared = { name, source, version };

    // assert
    expect(declared).toEqual({ name: 'CommsItemSubmitted', source: 'ecc.education.comms', version: '1.0.0' });
  });
});
