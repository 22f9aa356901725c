import { describe, expect, it } from 'vitest';
import { systemWiring } from '#wiring/system';
import { deploymentInventory } from '../../bench/deployment-inventory.ts';
import { synth } from './synth.ts';

// biome-ignore lint/suspicious/noExplicitAny: CloudFormation JSON, read by assertions that name what they expect
type Json = any;

describe("the cost model's inventory of a deployment", () => {
  const { stateful, stateless } = synth();
  const count = (type: string) =>
    Object.keys(stateful.findResources(type)).length + Object.keys(stateless.findResources(type)).length;
  const inventory = deploymentInventory(systemWiring);

  it('counts the customer-managed keys and the tables the stacks create', () => {
    expect(inventory.kmsKeys).toBe(count('AWS::KMS::Key'));
    expect(inventory.tables).toBe(count('AWS::DynamoDB::GlobalTable'));
  });

  it('counts one polled queue per event source mapping', () => {
    expect(inventory.consumedQueues).toBe(count('AWS::Lambda::EventSourceMapping'));
  });

  it('counts the web ACL and each of its rules (a managed rule group is one rule)', () => {
    const acls = Object.values(stateless.findResources('AWS::WAFv2::WebACL')) as Json[];
    expect(inventory.webAcls).toBe(acls.length);
    expect(inventory.wafRules).toBe(acls.reduce((n: number, a: Json) => n + a.Properties.Rules.length, 0));
  });

  it('counts every CloudWatch alarm and every schedule', () => {
    expect(inventory.alarms).toBe(count('AWS::CloudWatch::Alarm'));
    expect(inventory.schedules).toHaveLength(count('AWS::Scheduler::Schedule'));
  });

  it('fires a daily schedule about 30.4 times a month and a weekly one 52/12 times', () => {
    const byId = Object.fromEntries(inventory.schedules.map((s) => [s.id, s.firesPerMonth]));
    expect(byId.PlaceOfferLapseSweep).toBeCloseTo(365.25 / 12, 1);
    expect(byId.SendMondayEdition).toBeCloseTo(52.18 / 12, 1);
    expect(byId.RecoverMondayEdition).toBeCloseTo((4 * 52.18) / 12, 1);
  });
});
