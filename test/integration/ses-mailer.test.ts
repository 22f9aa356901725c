import { SESv2Client } from '@aws-sdk/client-sesv2';
import { describe, expect, inject, it } from 'vitest';
import { sesMailer } from '#functions/adapters/ses-mailer';
import { waitForEmails } from '#local/inbox';

const endpoints = inject('standIns');

describe('SES mailer (aws-ses-v2-local inbox)', () => {
  it('delivers the plain-text and HTML parts to every recipient', async () => {
    const client = new SESv2Client({
      region: 'eu-west-2',
      endpoint: endpoints.ses,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      requestHandler: { requestTimeout: 5_000 },
    });
    const to = `mailer-${Date.now()}@example.org`;
    const also = `mailer-${Date.now()}-2@example.org`;

    const { messageId } = await sesMailer(client).send(
      { to: [to, also], subject: 'Test £ subject', text: 'Plain £ text', html: '<p>HTML £ part</p>' },
      'workforce.development@example.gov.uk',
    );

    const emails = await waitForEmails(endpoints.ses, (all) =>
      all.some((e) => e.destination.to.includes(to)),
    );
    const email = emails.find((e) => e.destination.to.includes(to))!;
    expect(messageId).not.toBe('');
    expect(email.destination.to).toEqual([to, also]);
    expect(email).toMatchObject({
      from: 'workforce.development@example.gov.uk',
      subject: 'Test £ subject',
      body: { text: 'Plain £ text', html: '<p>HTML £ part</p>' },
    });
  });
});
