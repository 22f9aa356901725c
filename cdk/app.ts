import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { systemWiring } from '#wiring/system';
import type { AnyWiring } from '#wiring/types';
import { StatefulStack } from './stateful-stack.ts';
import { StatelessStack } from './stateless-stack.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The regions the system may be deployed to. Children's and schools' data stays in the UK, and
 * London (eu-west-2) is AWS's only UK region.
 */
export const UK_REGIONS: readonly string[] = ['eu-west-2'];

/**
 * The deployment region: the `region` context (cdk.json, `-c region=`), `eu-west-2` by default.
 * Never `CDK_DEFAULT_REGION`: the CDK CLI always sets it (from the AWS profile), so a fallback on
 * it would silently deploy wherever the operator's profile points.
 */
export function deploymentRegion(app: App): string {
  const region = (app.node.tryGetContext('region') as string | undefined) ?? 'eu-west-2';
  if (!UK_REGIONS.includes(region)) {
    throw new Error(
      `region ${region} is not in the UK: the system's data must stay in ${UK_REGIONS.join(', ')} (cdk.json context "region")`,
    );
  }
  return region;
}

/** Builds the whole CDK app for a wiring (the system's, or a test's), with cdk-nag checks. */
export function buildApp(app: App, wiring: AnyWiring = systemWiring) {
  const context = (key: string, fallback: string) =>
    (app.node.tryGetContext(key) as string | undefined) ?? fallback;
  const stage = context('stage', 'dev');
  const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: deploymentRegion(app) };
  const stateful = new StatefulStack(app, `EducationStateful-${stage}`, { env, wiring });
  const stateless = new StatelessStack(app, `EducationStateless-${stage}`, {
    env,
    wiring,
    tables: stateful.tables,
    dataKey: stateful.dataKey,
    operationsKey: stateful.operationsKey,
    rootDir: ROOT,
    stage,
    mailFrom: context('mailFrom', 'workforce.development@example.gov.uk'),
    sesIdentity: context('sesIdentity', 'example.gov.uk'),
    alarmTopicName: context('alarmTopicName', `education-alarms-${stage}`),
    publicRateLimit: Number(context('publicRateLimitPer5Minutes', '100')),
    settings: app.node.tryGetContext('settings') as Record<string, string> | undefined,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { stateful, stateless };
}

// Run as the CDK app (`cdk synth`), not when imported by tests.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const app = new App();
  buildApp(app);
  app.synth();
}
