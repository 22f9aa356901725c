import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { systemWiring } from '#wiring/system';
import type { AnyWiring } from '#wiring/types';
import { StatefulStack } from './stateful-stack.ts';
import { StatelessStack } from './stateless-stack.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Builds the whole CDK app for a wiring (the system's, or a test's), with cdk-nag checks. */
export function buildApp(app: App, wiring: AnyWiring = systemWiring) {
  const context = (key: string, fallback: string) =>
    (app.node.tryGetContext(key) as string | undefined) ?? fallback;
  const stage = context('stage', 'dev');
  const env = {
    account: process.env.CDK_DEFAULT_ACCOUNT,
    region: context('region', process.env.CDK_DEFAULT_REGION ?? 'eu-west-2'),
  };
  const stateful = new StatefulStack(app, `EducationStateful-${stage}`, { env, wiring });
  const stateless = new StatelessStack(app, `EducationStateless-${stage}`, {
    env,
    wiring,
    tables: stateful.tables,
    dataKey: stateful.dataKey,
    rootDir: ROOT,
    mailFrom: context('mailFrom', 'workforce.development@example.gov.uk'),
    sesIdentity: context('sesIdentity', 'example.gov.uk'),
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
