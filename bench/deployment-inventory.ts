import { firesBetween, parseScheduleExpression } from '#local/schedule-expression';
import type { AnyWiring } from '#wiring/types';

/**
 * What one deployment holds that is billed whatever the volume, derived from the wiring the CDK
 * app is built from. `test/cdk/deployment-inventory.test.ts` synthesizes the app and checks every
 * count here against the CloudFormation template, so a change to cdk/ that moves a count fails
 * there rather than leaving the cost model behind.
 */
export interface DeploymentInventory {
  /** Customer-managed KMS keys (cdk/stateful-stack.ts: the data key and the operations key). */
  readonly kmsKeys: number;
  /** DynamoDB tables (on-demand, encrypted with the data key). */
  readonly tables: number;
  /** Queues a Lambda event source mapping polls (dead-letter queues are not polled). */
  readonly consumedQueues: number;
  /** Regional WAF web ACLs (cdk/constructs/api-firewall.ts: one, on the API stage). */
  readonly webAcls: number;
  /** Rules in the web ACL; each managed rule group counts as one rule. */
  readonly wafRules: number;
  /** Standard-resolution CloudWatch metric alarms (cdk/constructs/operations-alarms.ts). */
  readonly alarms: number;
  /** Each EventBridge Scheduler schedule and its firings in an average month. */
  readonly schedules: readonly {
    readonly id: string;
    readonly target: string;
    readonly firesPerMonth: number;
  }[];
}

/** The two customer-managed keys of the stateful stack: data (tables) and operations (logs, alarm topic). */
export const KMS_KEYS_PER_DEPLOYMENT = 2;

/**
 * Dead-letter queues outside the wiring's queues: FunctionFailuresDlq (failed asynchronous and
 * scheduled invocations) and EventDeliveryDlq (events a rule could not deliver).
 */
const SHARED_DEAD_LETTER_QUEUES = 2;

/** AWS managed rule groups in the web ACL: the IP reputation list and known bad inputs. */
const MANAGED_RULE_GROUPS = 2;
/** Rules on the public routes, only when there are some: rate per client IP and the body cap. */
const PUBLIC_ROUTE_RULES = 2;

/** Firings of a schedule in an average month: its firings over the 4 years from 2027 (leap year included), / 48. */
export const firesPerMonth = (expression: string, timeZone: string): number => {
  const schedule = parseScheduleExpression(expression, timeZone);
  let fires = 0;
  for (let year = 2027; year < 2031; year += 1) {
    fires += firesBetween(
      schedule,
      new Date(Date.UTC(year, 0, 1)),
      new Date(Date.UTC(year + 1, 0, 1)),
    ).length;
  }
  return fires / 48;
};

/** The billed-whatever-the-volume resources of one deployment of `wiring`. */
export const deploymentInventory = (wiring: AnyWiring): DeploymentInventory => {
  const queues = Object.keys(wiring.queues).length;
  const consumedQueues = Object.values(wiring.queues).filter((q) => q.consumer).length;
  const functions = Object.keys(wiring.functions).length;
  const hasPublicRoutes = wiring.routes.some((r) => r.auth === 'none');
  return {
    kmsKeys: KMS_KEYS_PER_DEPLOYMENT,
    tables: Object.keys(wiring.tables).length,
    consumedQueues,
    webAcls: 1,
    wafRules: MANAGED_RULE_GROUPS + (hasPublicRoutes ? PUBLIC_ROUTE_RULES : 0),
    // One per dead-letter queue, errors and throttles per function, oldest message per consumed
    // queue, and the API's 5xx.
    alarms: queues + SHARED_DEAD_LETTER_QUEUES + 2 * functions + consumedQueues + 1,
    schedules: wiring.schedules.map((s) => ({
      id: s.id,
      target: 'function' in s.target ? s.target.function : s.target.queue,
      firesPerMonth: firesPerMonth(s.expression, s.timeZone),
    })),
  };
};
