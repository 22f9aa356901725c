import { describe, expect, it } from 'vitest';
import { acceptItem, CommsItemRejectedError } from '#domain/editions/accept-item';
import { assembleEdition, personaliseEdition, WrongEditionError } from '#domain/editions/edition';
import { editionEmail, GMAIL_CLIPS_AFTER_BYTES, previewDocument } from '#domain/editions/edition-email';
import { emptyEditionNotice, emptyEditionReason } from '#domain/editions/empty-edition';
import { renderEmail } from '#domain/shared/email-document';
import { CommsItemRequestSchema } from '#events/comms-item';
import { commsItem, itemRequest, recipient, SCHOOLS } from '#test/support/comms-items';
import {
  SAMPLE_EDITION,
  SAMPLE_KEY_DATES,
  SAMPLE_SETTINGS,
  sampleEdition,
} from '#test/support/sample-edition';

const headlines = (edition: { sections: readonly { items: readonly { item: { headline: string } }[] }[] }) =>
  edition.sections.flatMap((section) => section.items.map(({ item }) => item.headline));

/** The text of each heading of a level in an HTML part, in order. */
const headingsIn = (html: string, level: number) =>
  [...html.matchAll(new RegExp(`<h${level}[^>]*>(.*?)</h${level}>`, 'g'))].map((m) => m[1]);

describe('assembling an edition', () => {
  it('orders the sections Action required, For information, Training and events', () => {
    // prepare
    const edition = sampleEdition();

    // act
    const titles = edition.sections.map((section) => section.title);

    // assert
    expect(titles).toEqual(['Action required', 'For information', 'Training and events']);
  });

  it('puts the soonest action-by date first, whatever order the actions came in', () => {
    // prepare
    const later = commsItem(SAMPLE_EDITION, {
      category: 'action-required',
      actionBy: '2026-12-18',
      headline: 'Later',
    });
    const sooner = commsItem(SAMPLE_EDITION, {
      category: 'action-required',
      actionBy: '2026-12-04',
      headline: 'Sooner',
    });
    const sameDayFirst = commsItem(SAMPLE_EDITION, {
      category: 'action-required',
      actionBy: '2026-12-18',
      headline: 'Later, submitted after',
    });

    // act
    const edition = assembleEdition({
      edition: SAMPLE_EDITION,
      items: [sameDayFirst, later, sooner],
      keyDates: [],
    });

    // assert
    expect(headlines(edition)).toEqual(['Sooner', 'Later', 'Later, submitted after']);
  });

  it('keeps the other sections in the order items were submitted', () => {
    // prepare
    const first = commsItem(SAMPLE_EDITION, { headline: 'First' }, '2026-11-16T09:00:00.000Z');
    const second = commsItem(SAMPLE_EDITION, { headline: 'Second' }, '2026-11-17T09:00:00.000Z');

    // act
    const edition = assembleEdition({ edition: SAMPLE_EDITION, items: [second, first], keyDates: [] });

    // assert
    expect(headlines(edition)).toEqual(['First', 'Second']);
  });

  it('refuses an item that belongs to another edition, naming it', () => {
    // prepare
    const stray = commsItem('2026-11-30');

    // act
    const assemble = () => assembleEdition({ edition: SAMPLE_EDITION, items: [stray], keyDates: [] });

    // assert
    expect(assemble).toThrow(WrongEditionError);
    expect(assemble).toThrow(`item ${stray.itemId} is in the edition of 2026-11-30, not 2026-11-23`);
  });

  it('boxes the key dates of the coming four weeks, earliest first, statutory first on the same day', () => {
    // prepare
    const keyDates = [
      ...SAMPLE_KEY_DATES,
      { title: 'A survey closes', start: '2026-12-04', statutory: false },
      { title: 'Started before the Monday', start: '2026-11-16', end: '2026-11-24', statutory: false },
      { title: 'Ended before the Monday', start: '2026-11-16', end: '2026-11-22', statutory: false },
      { title: 'Day after the four weeks', start: '2026-12-21', statutory: true },
    ] as const;

    // act
    const edition = assembleEdition({ edition: SAMPLE_EDITION, items: [], keyDates });

    // assert
    expect(edition.keyDatesUntil).toBe('2026-12-20');
    expect(edition.keyDates.map((keyDate) => keyDate.title)).toEqual([
      'Started before the Monday',
      'Early years funding headcount',
      'Secondary school admissions appeals window',
      'School workforce census return due',
      'A survey closes',
    ]);
  });
});

describe('personalising an edition', () => {
  it("gives a primary school's headteacher the items for their phase, type and role only", () => {
    // prepare
    const edition = sampleEdition();

    // act
    const personal = personaliseEdition(edition, recipient(SCHOOLS.primaryMaintained, 'headteacher'));

    // assert
    expect(headlines(personal)).toEqual([
      'School workforce census: final checks',
      'Budget monitoring returns for the third quarter',
      'Winter road gritting routes published',
      'Designated Mental Health Lead network',
    ]);
    expect(personal.keyDates.map((k) => k.title)).toEqual(['School workforce census return due']);
  });

  it("gives a secondary academy's SENCO the SENCO and secondary items, not the maintained schools' budget", () => {
    // prepare
    const edition = sampleEdition();

    // act
    const personal = personaliseEdition(edition, recipient(SCHOOLS.secondaryAcademy, 'senco'));

    // assert
    expect(headlines(personal)).toEqual([
      'School workforce census: final checks',
      'Winter road gritting routes published',
      'Post-16 transport policy consultation',
      'SENCO network meeting: spring term dates',
      'Designated Mental Health Lead network',
    ]);
    expect(personal.keyDates.map((k) => k.title)).toEqual([
      'Secondary school admissions appeals window',
      'School workforce census return due',
    ]);
  });

  it('leaves out sections with nothing for the reader', () => {
    // prepare
    const edition = assembleEdition({
      edition: SAMPLE_EDITION,
      items: [commsItem(SAMPLE_EDITION, { audience: { roles: ['senco'], phases: [], schoolTypes: [] } })],
      keyDates: [],
    });

    // act
    const forOffice = personaliseEdition(edition, recipient(SCHOOLS.primaryMaintained, 'office'));

    // assert
    expect(forOffice.sections).toEqual([]);
    expect(forOffice.itemCount).toBe(0);
  });
});

describe("a contact's edition email", () => {
  const headteacher = recipient(SCHOOLS.primaryMaintained, 'headteacher');

  it('is addressed to the contact, with the Monday and their number of actions in the subject', () => {
    // prepare
    const personal = personaliseEdition(sampleEdition(), headteacher);

    // act
    const email = editionEmail(personal, SAMPLE_SETTINGS);

    // assert
    expect(email.to).toEqual(['headteacher.990001@example.org']);
    expect(email.subject).toBe('Weekly update for schools, Monday 23 November 2026: 2 actions for you');
    expect(email.replyTo).toBe('schools.communications@example.gov.uk');
  });

  it('has real headings in order: title, letter, sections, items and the Key dates box', () => {
    // prepare
    const personal = personaliseEdition(sampleEdition(), headteacher);

    // act
    const { html } = editionEmail(personal, SAMPLE_SETTINGS);

    // assert
    expect(headingsIn(html, 1)).toEqual(['Weekly update for schools']);
    expect(headingsIn(html, 2)).toEqual([
      'From the Director of Education',
      'Action required',
      'For information',
      'Training and events',
      'Key dates',
    ]);
    expect(headingsIn(html, 3)).toEqual(headlines(personal));
    expect(headingsIn(html, 4)).toEqual(['Before you submit']);
  });

  it("greets the school by name and carries each item's facts and links, the same in both parts", () => {
    // prepare
    const personal = personaliseEdition(sampleEdition(), headteacher);

    // act
    const { html, text } = editionEmail(personal, SAMPLE_SETTINGS);

    // assert
    for (const part of [html, text]) {
      expect(part).toContain('For headteacher at 990001, headteacher, Example Park Primary School.');
      expect(part).toContain(
        'In this edition for you: 2 actions, 1 for information and 1 training and events item.',
      );
      expect(part).toContain('Friday 4 December 2026');
      expect(part).toContain('Headteachers and school business managers');
      expect(part).toContain('Alex Morgan, Director of Education');
    }
    expect(html).toMatch(
      /<a href="https:\/\/example\.gov\.uk\/finance\/q3-return"[^>]*>Budget monitoring return form<\/a>/,
    );
    expect(text).toContain('- Budget monitoring return form (https://example.gov.uk/finance/q3-return)');
    expect(text).toContain('Action required by: Friday 4 December 2026');
    expect(text.indexOf('School workforce census: final checks')).toBeLessThan(
      text.indexOf('Budget monitoring returns for the third quarter'),
    );
  });

  it('is accessible and Outlook-safe: a language, table layout, no images, no style sheet', () => {
    // prepare
    const personal = personaliseEdition(sampleEdition(), headteacher);

    // act
    const { html } = editionEmail(personal, SAMPLE_SETTINGS);

    // assert
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<table role="presentation"');
    expect(html).not.toMatch(/<img|<style|<script|background-image/);
  });

  it('tells a contact with no items this week that there are none, and still gives the key dates', () => {
    // prepare
    const edition = assembleEdition({
      edition: SAMPLE_EDITION,
      items: [commsItem(SAMPLE_EDITION, { audience: { roles: ['senco'], phases: [], schoolTypes: [] } })],
      keyDates: SAMPLE_KEY_DATES,
    });

    // act
    const { text, subject } = editionEmail(
      personaliseEdition(edition, recipient(SCHOOLS.primaryMaintained, 'office')),
      SAMPLE_SETTINGS,
    );

    // assert
    expect(subject).toBe('Weekly update for schools, Monday 23 November 2026');
    expect(text).toContain(
      'There are no items for the school office of Example Park Primary School this week.',
    );
    expect(text).toContain('Friday 4 December 2026: School workforce census return due (statutory)');
  });

  it("shows the team's preview with every item, whoever it is for", () => {
    // prepare
    const edition = sampleEdition();

    // act
    const { html } = renderEmail(previewDocument(edition, SAMPLE_SETTINGS));

    // assert
    expect(headingsIn(html, 1)).toEqual(['Preview: Weekly update for schools']);
    expect(headingsIn(html, 3)).toEqual(headlines(edition));
  });
});

describe('an edition too long for Gmail', () => {
  const longBody = Array.from(
    { length: 12 },
    (_, i) =>
      `Paragraph ${i + 1} of the detailed guidance, with the [form](https://example.gov.uk/forms/${i}) to complete.`,
  ).join('\n\n');
  const longEdition = (items: number) =>
    assembleEdition({
      edition: SAMPLE_EDITION,
      items: Array.from({ length: items }, (_, i) =>
        commsItem(SAMPLE_EDITION, {
          headline: `Item ${i + 1}`,
          category: 'for-information',
          body: longBody,
          audience: { roles: [], phases: [], schoolTypes: [] },
        }),
      ),
      keyDates: SAMPLE_KEY_DATES,
    });

  it('opens the team’s preview by saying Gmail will cut it off, and by how much it is over', () => {
    const { html, text } = renderEmail(previewDocument(longEdition(80), SAMPLE_SETTINGS));

    expect(new TextEncoder().encode(html).length).toBeGreaterThan(GMAIL_CLIPS_AFTER_BYTES);
    expect(text.split('\n\n')[1]).toMatch(
      /^Too long for Gmail: with every item this edition is \d+ KB of HTML/,
    );
  });

  it('says nothing of the kind for an edition of ordinary length', () => {
    const { text } = renderEmail(previewDocument(longEdition(5), SAMPLE_SETTINGS));

    expect(text).not.toContain('Too long for Gmail');
  });
});

describe('an edition with nothing in it for anyone', () => {
  const everyone = [
    recipient(SCHOOLS.primaryMaintained, 'headteacher'),
    recipient(SCHOOLS.secondaryAcademy, 'office'),
  ];

  it('is sent when any contact has an item in it', async () => {
    // prepare
    const edition = sampleEdition();

    // act
    const reason = await emptyEditionReason(edition, everyone, '12:00 on Thursday 19 November 2026');

    // assert
    expect(reason).toBeUndefined();
  });

  it('is not sent when no item was submitted, and says so with the cut-off', async () => {
    // prepare
    const edition = assembleEdition({ edition: SAMPLE_EDITION, items: [], keyDates: SAMPLE_KEY_DATES });

    // act
    const reason = await emptyEditionReason(edition, everyone, '12:00 on Thursday 19 November 2026');

    // assert
    expect(reason).toEqual({
      kind: 'no-items',
      explanation:
        'No items were submitted for the edition of Monday 23 November 2026 before its cut-off, 12:00 on Thursday 19 November 2026.',
    });
  });

  it('is not sent when its items reach no contact in the directory, and names who they were for', async () => {
    // prepare
    const edition = assembleEdition({
      edition: SAMPLE_EDITION,
      items: [
        commsItem(SAMPLE_EDITION, {
          headline: 'Nursery funding',
          audience: { roles: ['school-business-manager'], phases: ['nursery'], schoolTypes: [] },
        }),
      ],
      keyDates: [],
    });

    // act
    const reason = await emptyEditionReason(edition, everyone, '12:00 on Thursday 19 November 2026');

    // assert
    expect(reason?.kind).toBe('no-audience');
    expect(reason?.explanation).toBe(
      'The item in the edition of Monday 23 November 2026 reaches no contact in the schools directory: "Nursery funding" (for school business managers; nursery phase).',
    );
  });

  it('is not sent when the directory has no one to send it to', async () => {
    // prepare
    const edition = sampleEdition();

    // act
    const reason = await emptyEditionReason(edition, [], '12:00 on Thursday 19 November 2026');

    // assert
    expect(reason?.kind).toBe('no-recipients');
  });

  it('is explained to the Schools Communications team by email', async () => {
    // prepare
    const edition = assembleEdition({ edition: SAMPLE_EDITION, items: [], keyDates: [] });
    const reason = (await emptyEditionReason(edition, everyone, '12:00 on Thursday 19 November 2026'))!;

    // act
    const notice = emptyEditionNotice(edition, reason, SAMPLE_SETTINGS.schoolsCommunications);

    // assert
    expect(notice.to).toEqual(['schools.communications@example.gov.uk']);
    expect(notice.subject).toBe('Not sent: the weekly update for schools of Monday 23 November 2026');
    expect(notice.text).toContain(reason.explanation);
    expect(notice.html).toContain('Items submitted now go into the next edition.');
  });
});

describe('accepting an item', () => {
  it('places it in the edition whose cut-off it beat', () => {
    // prepare
    const form = CommsItemRequestSchema.parse(itemRequest());

    // act
    const item = acceptItem(form, { itemId: 'CI-4T7Q2M9XKD', submittedAt: new Date('2026-11-19T11:59:00Z') });

    // assert
    expect(item).toMatchObject({
      itemId: 'CI-4T7Q2M9XKD',
      submittedAt: '2026-11-19T11:59:00.000Z',
      edition: '2026-11-23',
    });
  });

  it('refuses an action-by date before the Monday it would go out, naming actionBy', () => {
    // prepare
    const form = CommsItemRequestSchema.parse(
      itemRequest({ category: 'action-required', actionBy: '2026-11-27' }),
    );

    // act
    const accept = () =>
      acceptItem(form, { itemId: 'CI-4T7Q2M9XKD', submittedAt: new Date('2026-11-19T12:00:00Z') });

    // assert
    expect(accept).toThrow(CommsItemRejectedError);
    expect(accept).toThrow(
      'actionBy Friday 27 November 2026 is before the edition this item goes out in, Monday 30 November 2026',
    );
  });
});
