import { describe, expect, it } from 'vitest';
import { breachesByTeam, breachSummaryEmail } from '#domain/editions/breach-summary';
import { suppressionsFrom } from '#domain/editions/suppression';
import { BreachReportSchema, type RecordedBreach } from '#events/comms-breach';
import { DirectorLetterRequestSchema } from '#events/director-letter';
import { SesNotificationSchema } from '#events/ses-notification';

const mail = { messageId: 'ses-1', timestamp: '2026-11-23T07:01:00.000Z' };

describe('bounces and complaints', () => {
  it('suppresses every recipient of a permanent bounce, lower-cased', () => {
    // prepare
    const notification = SesNotificationSchema.parse({
      eventType: 'Bounce',
      mail,
      bounce: {
        bounceType: 'Permanent',
        bounceSubType: 'General',
        bouncedRecipients: [{ emailAddress: 'Head.990001@Example.org' }],
        timestamp: '2026-11-23T07:01:05.000Z',
      },
    });

    // act
    const suppressions = suppressionsFrom(notification);

    // assert
    expect(suppressions).toEqual([
      {
        email: 'head.990001@example.org',
        reason: 'bounce',
        at: '2026-11-23T07:01:05.000Z',
        messageId: 'ses-1',
      },
    ]);
  });

  it('suppresses a complainer, read from an identity notification too', () => {
    // prepare
    const notification = SesNotificationSchema.parse({
      notificationType: 'Complaint',
      mail,
      complaint: {
        complainedRecipients: [{ emailAddress: 'office.990002@example.org' }],
        timestamp: mail.timestamp,
      },
    });

    // act
    const suppressions = suppressionsFrom(notification);

    // assert
    expect(suppressions.map((s) => [s.email, s.reason])).toEqual([
      ['office.990002@example.org', 'complaint'],
    ]);
  });

  it('suppresses no one for a transient bounce (a full mailbox) or a delivery', () => {
    // prepare
    const transient = SesNotificationSchema.parse({
      eventType: 'Bounce',
      mail,
      bounce: {
        bounceType: 'Transient',
        bouncedRecipients: [{ emailAddress: 'senco.990003@example.org' }],
        timestamp: mail.timestamp,
      },
    });
    const delivery = SesNotificationSchema.parse({ eventType: 'Delivery', mail });

    // act
    const suppressions = [...suppressionsFrom(transient), ...suppressionsFrom(delivery)];

    // assert
    expect(suppressions).toEqual([]);
  });

  it('refuses a message that is not an SES notification, naming what is missing', () => {
    // prepare
    const notAnotification = { mail };

    // act
    const result = SesNotificationSchema.safeParse(notAnotification);

    // assert
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['eventType', 'an SES notification names its kind in eventType or notificationType'],
    ]);
  });
});

const breach = (sendingTeam: string, urn: string, receivedOn: string, n: number): RecordedBreach => ({
  ...BreachReportSchema.parse({ urn, sendingTeam, receivedOn, subject: `Message ${n}` }),
  breachId: `BR-${n}`,
  reportedAt: `${receivedOn}T12:00:00.000Z`,
});

describe('protocol breaches', () => {
  it('refuses a report without a real date or team, naming the fields', () => {
    // prepare
    const report = { urn: '99001x', sendingTeam: ' ', receivedOn: '2026-11-31', subject: 'Budget' };

    // act
    const result = BreachReportSchema.safeParse(report);

    // assert
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['urn', 'sendingTeam', 'receivedOn']);
  });

  it('counts the week by team, the most first, however the team name was typed', () => {
    // prepare
    const breaches = [
      breach('Admissions', '990001', '2026-11-16', 1),
      breach('School Transport', '990001', '2026-11-17', 2),
      breach('admissions', '990002', '2026-11-18', 3),
      breach('Admissions ', '990002', '2026-11-19', 4),
    ];

    // act
    const teams = breachesByTeam(breaches);

    // assert
    expect(teams).toEqual([
      { team: 'Admissions', count: 3, schools: 2 },
      { team: 'School Transport', count: 1, schools: 1 },
    ]);
  });

  it('summarises the week for the Director, leaving out reports from other weeks', () => {
    // prepare
    const breaches = [
      breach('Admissions', '990001', '2026-11-16', 1),
      breach('Admissions', '990002', '2026-11-22', 2),
      breach('Admissions', '990002', '2026-11-23', 3),
    ];

    // act
    const email = breachSummaryEmail(
      breaches,
      { from: '2026-11-16', to: '2026-11-22' },
      'director@example.gov.uk',
    );

    // assert
    expect(email.subject).toBe(
      'Protocol breaches reported, Monday 16 November 2026 to Sunday 22 November 2026: 2',
    );
    expect(email.text).toContain('Admissions: 2 messages, reported by 2 schools');
  });
});

describe("the Director's letter", () => {
  it('is restricted Markdown with a signature, refused with reasons otherwise', () => {
    // prepare
    const letter = { body: 'Dear colleagues,\n\n<img src="x">', signedBy: '' };

    // act
    const result = DirectorLetterRequestSchema.safeParse(letter);

    // assert
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['body', 'raw HTML is not allowed (found "<img src="x">"): write Markdown instead'],
      ['signedBy', 'signedBy is required'],
    ]);
  });
});
