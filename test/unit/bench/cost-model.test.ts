import { describe, expect, it } from 'vitest';
import { systemWiring } from '#wiring/system';
import { AWS_PRICES, FREE_TIER, PRICE_UNITS, PRICES_AS_OF, unitPrice } from '../../../bench/aws-prices.ts';
import {
  costModelSection,
  ENGLAND_AUTHORITIES,
  ESSEX_VOLUMES,
  type FlowUsage,
  IDLE_POLL_REQUESTS_PER_QUEUE,
  monthlyCost,
  scaleVolumes,
  type Volumes,
} from '../../../bench/cost-model.ts';
import { type DeploymentInventory, deploymentInventory } from '../../../bench/deployment-inventory.ts';

const NO_VOLUME: Volumes = {
  bookings: 0,
  ehcNeedsAssessmentRequests: 0,
  annualReviews: 0,
  commsItems: 0,
  mondayEmails: 0,
};

/** A flow whose every event costs nothing unless the test says so. */
const flow = (
  overrides: Partial<FlowUsage['perEvent']> = {},
  name = 'bookings',
  landed = true,
): FlowUsage => ({
  flow: name,
  landed,
  perEvent: {
    apiCalls: {},
    lambdaInvocations: 0,
    lambdaGbSeconds: 0,
    apiGatewayRequests: 0,
    sqsEventSourceRequests: 0,
    logBytes: 0,
    storedBytes: 0,
    ...overrides,
  },
});

/** A booking-like event: an HTTP request, three functions, a queue hop, a bus event, an email. */
const bookingLike = (): FlowUsage =>
  flow({
    apiCalls: {
      'DynamoDB.PutItem': 3,
      'DynamoDB.UpdateItem': 2,
      'DynamoDB.GetItem': 1,
      'SQS.SendMessage': 1,
      'EventBridge.PutEvents': 1,
      'SES.SendEmail': 1,
    },
    lambdaInvocations: 3,
    lambdaGbSeconds: 0.3,
    apiGatewayRequests: 1,
    sqsEventSourceRequests: 4,
    logBytes: 6_000,
    storedBytes: 2_048,
  });

/** A deployment with nothing billed whatever the volume. */
const NOTHING: DeploymentInventory = {
  kmsKeys: 0,
  tables: 0,
  consumedQueues: 0,
  webAcls: 0,
  wafRules: 0,
  alarms: 0,
  schedules: [],
};
const NO_FIXED = { inventory: NOTHING };
/** One key, two consumed queues, two tables: the deployment the model was first written for. */
const SMALL = { inventory: { ...NOTHING, kmsKeys: 1, consumedQueues: 2, tables: 2 } };

describe('the cost model', () => {
  it('charges 1,000 events of one PutItem each exactly 1,000 write request units', () => {
    // prepare
    const flows = [flow({ apiCalls: { 'DynamoDB.PutItem': 1 } })];

    // act
    const cost = monthlyCost(flows, { ...NO_VOLUME, bookings: 1_000 }, { ...NO_FIXED, freeTier: false });

    // assert
    const expected = (1_000 * AWS_PRICES.dynamoDbWriteRequestUnits.usd) / 1_000_000;
    expect(cost.usage.dynamoDbWriteRequestUnits).toBe(1_000);
    expect(cost.byService.DynamoDB).toBeCloseTo(expected, 15);
    expect(cost.byFlow.bookings).toBeCloseTo(expected, 15);
  });

  it('counts a strongly consistent read of up to 4 KB as one read request unit', () => {
    // prepare
    const flows = [flow({ apiCalls: { 'DynamoDB.GetItem': 2 } })];

    // act
    const cost = monthlyCost(flows, { ...NO_VOLUME, bookings: 500 }, { ...NO_FIXED, freeTier: false });

    // assert
    expect(cost.usage.dynamoDbReadRequestUnits).toBe(1_000);
    expect(cost.byMeter.dynamoDbReadRequestUnits).toBeCloseTo(
      1_000 * unitPrice('dynamoDbReadRequestUnits'),
      15,
    );
  });

  it('uses measured consumed capacity instead of the per-call estimate when a flow has it', () => {
    // prepare: a ~2 KB booking item takes 2 WRU, which the per-call estimate would count as 1
    const flows = [
      flow({
        apiCalls: { 'DynamoDB.PutItem': 1 },
        consumedCapacity: { writeRequestUnits: 2, readRequestUnits: 0 },
      }),
    ];

    // act
    const cost = monthlyCost(flows, { ...NO_VOLUME, bookings: 100 }, { ...NO_FIXED, freeTier: false });

    // assert
    expect(cost.usage.dynamoDbWriteRequestUnits).toBe(200);
  });

  it('removes the Lambda cost below the 1M requests and 400,000 GB-s a month of the free tier', () => {
    // prepare: 100,000 events of one 0.1 GB-s invocation
    const flows = [flow({ lambdaInvocations: 1, lambdaGbSeconds: 0.1 })];
    const volumes = { ...NO_VOLUME, bookings: 100_000 };

    // act
    const free = monthlyCost(flows, volumes, { ...NO_FIXED, freeTier: true });
    const paid = monthlyCost(flows, volumes, { ...NO_FIXED, freeTier: false });

    // assert
    expect(free.byService.Lambda).toBe(0);
    expect(paid.byService.Lambda).toBeCloseTo(
      100_000 * unitPrice('lambdaRequests') + 10_000 * unitPrice('lambdaArmGbSecond'),
      12,
    );
  });

  it('charges only the requests above the free allowance', () => {
    // prepare: 1.5M invocations, of which 1M are free
    const flows = [flow({ lambdaInvocations: 1 })];

    // act
    const cost = monthlyCost(flows, { ...NO_VOLUME, bookings: 1_500_000 }, { ...NO_FIXED, freeTier: true });

    // assert
    expect(cost.byMeter.lambdaRequests).toBeCloseTo(500_000 * unitPrice('lambdaRequests'), 12);
    expect(cost.byFlow.bookings).toBeCloseTo(cost.total - cost.fixed, 12);
  });

  it('adds nothing for a flow that has not landed, and lists it', () => {
    // prepare
    const heavy = flow(
      { lambdaInvocations: 100, apiCalls: { 'DynamoDB.PutItem': 100 } },
      'annualReviews',
      false,
    );

    // act
    const without = monthlyCost([bookingLike()], ESSEX_VOLUMES, { ...SMALL, freeTier: false });
    const withIt = monthlyCost([bookingLike(), heavy], ESSEX_VOLUMES, { ...SMALL, freeTier: false });

    // assert
    expect(withIt.total).toBe(without.total);
    expect(withIt.notLanded).toEqual(['annualReviews']);
    expect(withIt.byFlow).not.toHaveProperty('annualReviews');
  });

  it('counts the fixed costs once per deployment, whatever the volume', () => {
    // act
    const idle = monthlyCost([], ESSEX_VOLUMES, { ...SMALL, freeTier: false });
    const busy = monthlyCost([bookingLike()], scaleVolumes(ESSEX_VOLUMES, 10), { ...SMALL, freeTier: false });
    const two = monthlyCost([], ESSEX_VOLUMES, { ...SMALL, freeTier: false, deployments: 2 });

    // assert: one key, 2 queues × 648,000 idle polls, 2 tables × 8,640 key refreshes
    const expected =
      AWS_PRICES.kmsKey.usd +
      2 * 648_000 * unitPrice('sqsStandardRequests') +
      2 * 8_640 * unitPrice('kmsRequests');
    expect(IDLE_POLL_REQUESTS_PER_QUEUE).toBe(648_000);
    expect(idle.fixed).toBeCloseTo(expected, 12);
    expect(idle.total).toBeCloseTo(expected, 12);
    expect(busy.fixed).toBeCloseTo(expected, 12);
    expect(two.fixed).toBeCloseTo(2 * expected, 12);
  });

  it('lets the free tier absorb the idle polling of two queues (1.3M requests, 1M free)', () => {
    // act
    const cost = monthlyCost([], ESSEX_VOLUMES, { ...SMALL, freeTier: true });

    // assert
    expect(cost.byService.SQS).toBeCloseTo((2 * 648_000 - 1_000_000) * unitPrice('sqsStandardRequests'), 12);
  });

  it('makes England 153 × Essex, variable and fixed, with and without the free tier', () => {
    // prepare
    const flows = [bookingLike()];
    const england = scaleVolumes(ESSEX_VOLUMES, ENGLAND_AUTHORITIES);

    for (const freeTier of [false, true]) {
      // act
      const essex = monthlyCost(flows, ESSEX_VOLUMES, { ...SMALL, freeTier });
      const all = monthlyCost(flows, england, { ...SMALL, freeTier, deployments: ENGLAND_AUTHORITIES });

      // assert
      expect(all.total - all.fixed).toBeCloseTo(153 * (essex.total - essex.fixed), 9);
      expect(all.fixed).toBeCloseTo(153 * essex.fixed, 9);
      expect(all.byFlow.bookings).toBeCloseTo(153 * (essex.byFlow.bookings ?? 0), 9);
    }
  });

  it('adds the flows and the fixed costs up to the total, free tier shared in proportion', () => {
    // prepare: a second flow sharing the Lambda and SQS allowances
    const flows = [bookingLike(), { ...bookingLike(), flow: 'mondayEmails' }];
    const volumes = scaleVolumes(ESSEX_VOLUMES, 200);

    // act
    const cost = monthlyCost(flows, volumes, { ...SMALL, freeTier: true });

    // assert
    const parts = Object.values(cost.byFlow).reduce((a, b) => a + b, 0) + cost.fixed;
    expect(parts).toBeCloseTo(cost.total, 9);
    expect(Object.values(cost.byService).reduce((a, b) => a + b, 0)).toBeCloseTo(cost.total, 9);
  });

  it('charges the web ACL and its rules once per deployment, whatever the volume', () => {
    // prepare: one web ACL with four rules, as the API firewall has
    const waf = { inventory: { ...NOTHING, webAcls: 1, wafRules: 4 } };

    // act
    const idle = monthlyCost([], NO_VOLUME, { ...waf, freeTier: true });
    const busy = monthlyCost([bookingLike()], scaleVolumes(ESSEX_VOLUMES, 10), { ...waf, freeTier: true });
    const england = monthlyCost([], NO_VOLUME, { ...waf, freeTier: true, deployments: ENGLAND_AUTHORITIES });

    // assert: $5 + 4 × $1 a month, no free tier
    expect(idle.byService.WAF).toBeCloseTo(9, 12);
    expect(busy.byMeter.wafWebAcl + busy.byMeter.wafRule).toBeCloseTo(9, 12);
    expect(england.byService.WAF).toBeCloseTo(153 * 9, 9);
  });

  it('puts every API request through the REST API and the web ACL, at their own prices', () => {
    // prepare
    const flows = [flow({ apiGatewayRequests: 2 })];

    // act
    const cost = monthlyCost(flows, { ...NO_VOLUME, bookings: 500_000 }, { ...NO_FIXED, freeTier: true });

    // assert
    expect(cost.usage.apiGatewayRestRequests).toBe(1_000_000);
    expect(cost.byService['API Gateway']).toBeCloseTo(AWS_PRICES.apiGatewayRestRequests.usd, 12);
    expect(cost.usage.wafRequests).toBe(1_000_000);
    expect(cost.byMeter.wafRequests).toBeCloseTo(AWS_PRICES.wafRequests.usd, 12);
  });

  it('counts each schedule firing as a Scheduler invocation, a Lambda request and a trace', () => {
    // prepare: a daily and a weekly schedule
    const scheduled = {
      inventory: {
        ...NOTHING,
        schedules: [
          { id: 'Daily', target: 'a', firesPerMonth: 30 },
          { id: 'Weekly', target: 'b', firesPerMonth: 52 / 12 },
        ],
      },
    };

    // act
    const cost = monthlyCost([], NO_VOLUME, { ...scheduled, freeTier: false });
    const free = monthlyCost([], NO_VOLUME, { ...scheduled, freeTier: true });

    // assert
    const firings = 30 + 52 / 12;
    expect(cost.usage.schedulerInvocations).toBeCloseTo(firings, 12);
    expect(cost.usage.lambdaRequests).toBeCloseTo(firings, 12);
    expect(cost.usage.xrayTracesRecorded).toBeCloseTo(firings, 12);
    expect(cost.fixed).toBeCloseTo(
      firings *
        (unitPrice('schedulerInvocations') + unitPrice('lambdaRequests') + unitPrice('xrayTracesRecorded')),
      15,
    );
    expect(free.total).toBe(0);
  });

  it('lets the free tier take ten alarms off each deployment, and charges the rest', () => {
    // prepare
    const alarmed = { inventory: { ...NOTHING, alarms: 81 } };

    // act
    const free = monthlyCost([], NO_VOLUME, { ...alarmed, freeTier: true, deployments: 2 });
    const paid = monthlyCost([], NO_VOLUME, { ...alarmed, freeTier: false, deployments: 2 });

    // assert
    expect(free.byService['CloudWatch alarms']).toBeCloseTo(2 * 71 * AWS_PRICES.cloudWatchAlarms.usd, 12);
    expect(paid.byService['CloudWatch alarms']).toBeCloseTo(2 * 81 * AWS_PRICES.cloudWatchAlarms.usd, 12);
  });

  it("multiplies this system's fixed costs by 153 at England scale, with and without the free tier", () => {
    // prepare: the deployment as the CDK app builds it
    const inventory = deploymentInventory(systemWiring);

    for (const freeTier of [false, true]) {
      // act
      const essex = monthlyCost([], NO_VOLUME, { inventory, freeTier });
      const england = monthlyCost([], NO_VOLUME, { inventory, freeTier, deployments: ENGLAND_AUTHORITIES });

      // assert: two keys, the web ACL and its four rules at least; England is 153 of them
      expect(essex.byMeter.kmsKey).toBe(2 * AWS_PRICES.kmsKey.usd);
      expect(essex.byService.WAF).toBeCloseTo(AWS_PRICES.wafWebAcl.usd + 4 * AWS_PRICES.wafRule.usd, 12);
      expect(england.fixed).toBeCloseTo(153 * essex.fixed, 9);
      expect(england.byService.WAF).toBeCloseTo(153 * (essex.byService.WAF ?? 0), 9);
    }
  });

  it('derives Essex volumes a month from the yearly and weekly figures', () => {
    expect(ESSEX_VOLUMES.bookings).toBeCloseTo(166.67, 2);
    expect(ESSEX_VOLUMES.ehcNeedsAssessmentRequests).toBe(250);
    expect(ESSEX_VOLUMES.annualReviews).toBe(1_250);
    expect(ESSEX_VOLUMES.commsItems).toBeCloseTo(866.67, 2);
    expect(ESSEX_VOLUMES.mondayEmails).toBeCloseTo(2_383.33, 2);
  });

  it('refuses a flow with no monthly volume, and lists calls it cannot price', () => {
    // prepare
    const unknown = flow({}, 'timetabling');
    const odd = flow({
      apiCalls: { 'DynamoDB.BatchWriteItem': 1, 'S3.PutObject': 1, 'Scheduler.CreateSchedule': 1 },
    });

    // act
    const cost = monthlyCost([odd], ESSEX_VOLUMES, { ...NO_FIXED, freeTier: false });

    // assert
    expect(() => monthlyCost([unknown], ESSEX_VOLUMES, { ...NO_FIXED, freeTier: false })).toThrow(
      /timetabling/,
    );
    expect(cost.unpriced).toEqual(['DynamoDB.BatchWriteItem', 'S3.PutObject']);
    expect(cost.byFlow.bookings).toBe(0);
  });
});

describe('the price table', () => {
  it('gives every price a source and a unit count that matches its wording', () => {
    for (const [key, price] of Object.entries(AWS_PRICES)) {
      expect(price.source, key).toMatch(/^https:\/\//);
      const count = PRICE_UNITS[key as keyof typeof PRICE_UNITS];
      const wording = price.per.startsWith('1M ')
        ? 1_000_000
        : Number(price.per.match(/^([\d,]+) /)?.[1]?.replace(/,/g, '') ?? 1);
      expect(count, key).toBe(wording);
    }
    for (const [key, allowance] of Object.entries(FREE_TIER))
      expect(allowance.amount, key).toBeGreaterThan(0);
  });
});

describe('the cost-model section', () => {
  it('shows Essex and England, with and without the free tier, and names the price date', () => {
    // act
    const section = costModelSection([bookingLike(), flow({}, 'annualReviews', false)], {
      ...SMALL,
      notMeasured: ['EHCP reminders'],
    });

    // assert
    expect(section.id).toBe('cost-model');
    expect(section.status).toBe('measured');
    expect(section.rows.map((r) => [r[0], r[1]])).toEqual([
      ['Essex (1 deployment)', 'with'],
      ['Essex (1 deployment)', 'without'],
      ['England (153 deployments)', 'with'],
      ['England (153 deployments)', 'without'],
    ]);
    expect(section.columns.at(-1)).toBe('total');
    expect(section.notes.join('\n')).toContain(PRICES_AS_OF);
    expect(section.notes.join('\n')).toContain('Not built, so costing nothing here: annualReviews');
    expect(section.data).toMatchObject({ pricesAsOf: PRICES_AS_OF, prices: AWS_PRICES });
  });
});
