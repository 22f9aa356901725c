import { randomUUID } from 'node:crypto';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readInbox, waitForEmails } from '#local/inbox';
import { lambdaContext } from '#local/lambda-context';
import { type LocalRuntime, startLocalRuntime } from '#local/runtime';
import { eventually, standInClients, uniquePrefix } from '../support/aws-clients.ts';
import { caseStory } from '../support/ehcp-events.ts';

const endpoints = inject('standIns');
const { dynamoDb, sqs } = standInClients(endpoints);
const documents = DynamoDBDocumentClient.from(dynamoDb);
const run = randomUUID().slice(0, 6);

// Addresses of this test file only: the inbox is shared with the other e2e files.
const SAM = { name: 'Sam Example', email: `sam.${run}@example.gov.uk` };
const ALEX = { name: 'Alex Sample', email: `alex.${run}@example.gov.uk` };
const JO = { name: 'Jo Bloggs', email: `jo.${run}@example.gov.uk` };
const managerOf = (quadrant: string) => `${quadrant}.manager.${run}@example.gov.uk`;
const QUADRANT_MANAGERS = JSON.stringify({
  'North East': managerOf('ne'),
  Mid: `Morgan Manager <${managerOf('mid')}>`,
  South: managerOf('south'),
  West: managerOf('west'),
});

const DIRECTOR = `Director of Education <director.${run}@example.gov.uk>`;

/** Friday 4 April 2025, 12:00 in London (BST). */
const FRIDAY_NOON = new Date('2025-04-04T11:00:00Z');
/** Monday 7 April 2025, 07:00 in London: the daily sweep's time. */
const MONDAY_SEVEN = new Date('2025-04-07T06:00:00Z');

let runtime: LocalRuntime;
beforeAll(async () => {
  runtime = await startLocalRuntime({
    standIns: endpoints,
    port: 0,
    prefix: uniquePrefix('ehcp'),
    clockStart: FRIDAY_NOON,
    logLevel: 'SILENT',
    settings: { quadrantManagers: QUADRANT_MANAGERS, directorOfEducation: DIRECTOR },
  });
});
afterAll(() => runtime?.stop());

const api = (path: string, init?: RequestInit) => fetch(`${runtime.apiUrl}${path}`, init);
const postEvents = (events: unknown[]) =>
  api('/ehcp/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
const caseOnceRecorded = (
  caseRef: string,
  until: (body: { milestones: { key: string }[] }) => boolean = () => true,
) =>
  eventually(
    async () => {
      const response = await api(`/ehcp/cases/${caseRef}`);
      if (response.status !== 200) return undefined;
      const body = (await response.json()) as {
        milestones: { key: string; state: string; dueDate: string }[];
      };
      return until(body) ? body : undefined;
    },
    20_000,
    `case ${caseRef} recorded`,
  );
const emailsTo = async (address: string) =>
  (await readInbox(runtime.inboxUrl)).filter((e) => e.destination.to.includes(address));

// Sam (Mid): a decision due Monday 7 April (due soon) and one due 24 March (overdue).
const dueSoon = caseStory({ caseRef: `EHC-${run.toUpperCase()}-1`, caseOfficer: SAM, childInitials: 'AB' });
const overdue = caseStory({ caseRef: `EHC-${run.toUpperCase()}-2`, caseOfficer: SAM, childInitials: 'CD' });
// Alex (West): an annual review due Tuesday 8 April, its notice overdue since 25 March.
const review = caseStory({
  caseRef: `EHC-${run.toUpperCase()}-3`,
  caseOfficer: ALEX,
  quadrant: 'west',
  childInitials: 'EF',
});

describe('EHCP timescales through the local runtime', () => {
  it('records posted case events (202) and shows each milestone with its state', async () => {
    const response = await postEvents([
      dueSoon.request('2025-02-24'),
      overdue.request('2025-02-10'),
      review.event('plan-made', '2022-04-09', { lastReviewedOn: '2024-04-09' }),
    ]);

    expect(response.status).toBe(202);
    expect(((await response.json()) as { accepted: unknown[] }).accepted).toHaveLength(3);
    const recorded = await caseOnceRecorded(dueSoon.request('2025-02-24').caseRef);
    expect(recorded).toEqual({
      caseRef: dueSoon.request('2025-02-24').caseRef,
      quadrant: 'mid',
      caseOfficer: SAM,
      status: 'awaiting-decision',
      milestones: [
        { key: 'decision-to-assess', dueDate: '2025-04-07', reminderDate: '2025-04-07', state: 'due-soon' },
        {
          key: 'decision-not-to-issue',
          dueDate: '2025-06-16',
          reminderDate: '2025-06-16',
          state: 'upcoming',
        },
        { key: 'final-plan', dueDate: '2025-07-14', reminderDate: '2025-07-14', state: 'upcoming' },
      ],
    });
    await caseOnceRecorded(overdue.request('2025-02-10').caseRef);
    await caseOnceRecorded(review.event('plan-made', '2022-04-09').caseRef);
  });

  it("lists a quadrant's overdue caseload", async () => {
    const response = await api('/ehcp/cases?quadrant=mid&state=overdue');
    const body = (await response.json()) as { cases: { caseRef: string; milestones: { key: string }[] }[] };

    expect(response.status).toBe(200);
    const ours = body.cases.filter((c) => c.caseRef.includes(run.toUpperCase()));
    expect(ours.map((c) => [c.caseRef, c.milestones.map((m) => m.key)])).toEqual([
      [overdue.request('2025-02-10').caseRef, ['decision-to-assess']],
    ]);
  });

  it('refuses a date that does not exist and a decision before the request, naming the field (400)', async () => {
    const bad = caseStory({ caseRef: `EHC-${run.toUpperCase()}-9` });

    const noSuchDay = await postEvents([{ ...bad.request('2025-03-03'), date: '2023-02-29' }]);
    const beforeRequest = await postEvents([bad.request('2025-03-03'), bad.assess('2025-02-28')]);
    const unknownType = await postEvents([{ ...bad.request('2025-03-03'), type: 'plan-lost' }]);

    expect(noSuchDay.status).toBe(400);
    expect(await noSuchDay.json()).toEqual({
      error: 'ValidationError',
      issues: [
        {
          path: 'events.0.date',
          message: 'date must be a real calendar date written YYYY-MM-DD, got "2023-02-29"',
        },
      ],
    });
    expect(beforeRequest.status).toBe(400);
    expect(((await beforeRequest.json()) as { issues: unknown[] }).issues).toEqual([
      {
        path: 'events.1.date',
        message: 'date 2025-02-28 is before the request for an assessment (2025-03-03)',
      },
    ]);
    expect(unknownType.status).toBe(400);
    expect(((await unknownType.json()) as { issues: { path: string }[] }).issues[0]!.path).toBe(
      'events.0.type',
    );
  });

  it('parks a malformed and an impossible event from the bus with their reasons, applying the rest of the batch', async () => {
    const fromBus = caseStory({ caseRef: `EHC-${run.toUpperCase()}-5`, caseOfficer: JO });
    const bus = new EventBridgeClient({
      region: 'eu-west-2',
      endpoint: runtime.eventBusUrl,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const entry = (detailType: string, data: unknown) => ({
      EventBusName: process.env.EVENT_BUS_NAME,
      Source: 'ecc.education.ehcp',
      DetailType: detailType,
      Detail: JSON.stringify({
        metadata: {
          eventId: randomUUID(),
          version: '1.0.0',
          occurredAt: FRIDAY_NOON.toISOString(),
          correlationId: 'cms-1',
        },
        data,
      }),
    });

    await bus.send(
      new PutEventsCommand({
        Entries: [
          entry('EHCP plan lost', { ...fromBus.request('2025-03-03'), type: 'plan-lost' }),
          entry('EHCP request received', fromBus.request('2025-03-03')),
          // the case was recorded with its request of 24 February by the first test
          entry(
            'EHCP decision to assess',
            dueSoon.event('decision-to-assess', '2025-02-20', { decision: 'assess' }),
          ),
        ],
      }),
    );

    await caseOnceRecorded(fromBus.request('2025-03-03').caseRef);
    const parked = await eventually(
      async () => {
        const { Items } = await documents.send(
          new QueryCommand({
            TableName: runtime.resources.tables.ehcp!,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': 'PARKED#2025-04-04' },
          }),
        );
        const ours = (Items ?? []).filter((i) => (i.body as string).includes(`EHC-${run.toUpperCase()}`));
        return ours.length === 2 ? ours : undefined;
      },
      20_000,
      'two parked events',
    );
    expect(
      parked
        .map((p) => ({ reason: p.reason, issues: p.issues }))
        .sort((a, b) => (a.reason < b.reason ? 1 : -1)),
    ).toEqual([
      {
        reason: 'malformed',
        issues: [{ path: 'type', message: expect.stringMatching(/^type must be one of request-received/) }],
      },
      {
        reason: 'impossible',
        issues: [
          { path: 'date', message: 'date 2025-02-20 is before the request for an assessment (2025-02-24)' },
        ],
      },
    ]);
    const dlq = await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: runtime.resources.queues.ehcpEvents!.dlqUrl,
        AttributeNames: ['ApproximateNumberOfMessages'],
      }),
    );
    expect(dlq.Attributes?.ApproximateNumberOfMessages).toBe('0');
  });

  it('lists the day’s parked events for staff with each reason, field and message as received, and names a bad date', async () => {
    // act
    const response = await api('/ehcp/parked?date=2025-04-04');
    const badDate = await api('/ehcp/parked?date=2025-02-30');

    // assert
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      date: string;
      parked: { reason: string; issues: { path: string }[]; body: string; receivedAt: string }[];
    };
    expect(body.date).toBe('2025-04-04');
    const ours = body.parked.filter((p) => p.body.includes(`EHC-${run.toUpperCase()}`));
    expect(ours.map((p) => [p.reason, p.issues.map((i) => i.path)]).sort()).toEqual([
      ['impossible', ['date']],
      ['malformed', ['type']],
    ]);
    expect(ours.every((p) => p.receivedAt.startsWith('2025-04-04'))).toBe(true);
    expect(JSON.parse(ours.find((p) => p.reason === 'malformed')!.body).detail.data.type).toBe('plan-lost');
    expect(badDate.status).toBe(400);
    expect(await badDate.json()).toMatchObject({
      issues: [{ path: 'date', message: 'date must be a real calendar date written YYYY-MM-DD' }],
    });
  });

  it("puts each officer's consolidated reminder in the inbox at 07:00 on Monday, and overdue lists to the managers", async () => {
    const fired = await runtime.advanceClock(MONDAY_SEVEN);

    expect(fired.map((f) => f.scheduleId)).toContain('EhcpDailyReminders');
    const emails = await waitForEmails(runtime.inboxUrl, (all) =>
      [SAM.email, ALEX.email, managerOf('mid'), managerOf('west')].every((to) =>
        all.some((e) => e.destination.to.includes(to)),
      ),
    );
    const [sam] = emails.filter((e) => e.destination.to.includes(SAM.email));
    expect(sam!.subject).toBe('EHCP timescales, Monday 7 April 2025: 1 overdue, 1 due soon');
    expect(sam!.body.text).toContain(
      `${overdue.request('2025-02-10').caseRef} (CD): Decision whether to assess. Due Monday 24 March 2025, 14 days overdue`,
    );
    expect(sam!.body.text).toContain(
      `${dueSoon.request('2025-02-24').caseRef} (AB): Decision whether to assess. Due Monday 7 April 2025`,
    );
    const [alex] = emails.filter((e) => e.destination.to.includes(ALEX.email));
    expect(alex!.body.text).toContain(
      'Review meeting notice and advice circulated. Due Tuesday 25 March 2025',
    );
    const [mid] = emails.filter((e) => e.destination.to.includes(managerOf('mid')));
    expect(mid!.subject).toBe('EHCP overdue in Mid, Monday 7 April 2025: 1 milestone');
    expect(mid!.body.text).toContain('Dear Morgan Manager,');
  });

  it('sends each reminder once when the sweep runs again for the same day', async () => {
    const before = await readInbox(runtime.inboxUrl);
    const { handler } = (await import('#functions/ehcp/send-ehcp-reminders')) as {
      handler: (event: unknown, context: unknown) => Promise<{ officerReminders: number }>;
    };

    const again = await handler(
      { scheduledTime: MONDAY_SEVEN.toISOString() },
      lambdaContext('sendEhcpReminders', 300, 512),
    );
    await new Promise((r) => setTimeout(r, 1_000));

    expect(again.officerReminders).toBe(3);
    expect(await readInbox(runtime.inboxUrl)).toHaveLength(before.length);
    for (const officer of [SAM, ALEX, JO]) expect(await emailsTo(officer.email)).toHaveLength(1);
  });

  it('counts the SEN2 measures of the year from what the cases recorded', async () => {
    const plan = caseStory({ caseRef: `EHC-${run.toUpperCase()}-7`, quadrant: 'south' });
    await postEvents([
      plan.request('2024-10-07'),
      plan.assess('2024-11-15'),
      plan.draft('2025-02-03'),
      plan.finalPlan('2025-02-21'),
    ]);
    await caseOnceRecorded(plan.request('2024-10-07').caseRef, (c) =>
      c.milestones.some((m) => m.key === 'annual-review'),
    );

    const response = await api('/ehcp/kpis?year=2025');
    const kpis = (await response.json()) as {
      byQuadrant: { south: { newPlansWithin20Weeks: { excludingExceptions: unknown } } };
      england: unknown;
    };
    const badYear = await api('/ehcp/kpis?year=25');

    expect(response.status).toBe(200);
    expect(kpis.byQuadrant.south.newPlansWithin20Weeks.excludingExceptions).toEqual({
      within: 1,
      total: 1,
      percent: 100,
    });
    expect(kpis.england).toEqual({ year: 2024, percent: 46.4 });
    expect(badYear.status).toBe(400);
    expect(((await badYear.json()) as { issues: { path: string }[] }).issues[0]!.path).toBe('year');
  });

  it('sends the weekly timeliness summary to the Director and the quadrant managers on Monday at 07:30', async () => {
    const fired = await runtime.advanceClock(new Date('2025-04-07T06:30:00Z'));

    expect(fired.map((f) => f.scheduleId)).toEqual(['EhcpWeeklySummary']);
    const recipients = [
      `director.${run}@example.gov.uk`,
      managerOf('ne'),
      managerOf('mid'),
      managerOf('south'),
      managerOf('west'),
    ];
    const emails = await waitForEmails(runtime.inboxUrl, (all) =>
      recipients.every((to) =>
        all.some((e) => e.destination.to.includes(to) && e.subject.startsWith('EHCP timeliness')),
      ),
    );
    const summaries = emails.filter(
      (e) => e.subject === 'EHCP timeliness, week beginning Monday 7 April 2025',
    );
    expect(summaries.map((e) => e.destination.to).sort()).toEqual(recipients.map((to) => [to]).sort());
    for (const summary of summaries) expect(summary.body.text).not.toContain(run.toUpperCase());
  });

  it('sends the summary once a week, and after a bank-holiday Monday on the Tuesday', async () => {
    const summariesFor = async (week: string) =>
      (await readInbox(runtime.inboxUrl)).filter(
        (e) => e.subject === `EHCP timeliness, week beginning ${week}`,
      );

    await runtime.advanceClock(new Date('2025-04-11T06:30:00Z'));
    const repeatsThatWeek = await summariesFor('Monday 7 April 2025');
    await runtime.advanceClock(new Date('2025-04-21T06:30:00Z'));
    const onEasterMonday = await summariesFor('Monday 21 April 2025');
    await runtime.advanceClock(new Date('2025-04-22T06:30:00Z'));
    const afterEaster = await waitForEmails(
      runtime.inboxUrl,
      (all) =>
        all.filter((e) => e.subject === 'EHCP timeliness, week beginning Monday 21 April 2025').length === 5,
    );

    expect(repeatsThatWeek).toHaveLength(5);
    expect(onEasterMonday).toEqual([]);
    expect(
      afterEaster.filter((e) => e.subject.startsWith('EHCP timeliness, week beginning Monday 14 April')),
    ).toHaveLength(5);
  }, 60_000);
});
