import { App, CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { buildApp } from '#cdk/app';
import type { AnyWiring } from '#wiring/types';

/** How to synthesize: bundling, output directory, extra context, environment variables set meanwhile. */
export interface SynthOptions {
  readonly bundle?: boolean;
  readonly outdir?: string;
  /** Context as `-c key=value` gives it (strings). */
  readonly context?: Record<string, string>;
  /** Environment variables set while the app is built (as the CDK CLI sets CDK_DEFAULT_REGION). */
  readonly env?: Record<string, string>;
}

/** Synthesizes the app for a wiring, bundling skipped unless asked for. */
export function synth(wiring?: AnyWiring, options: SynthOptions = {}) {
  const saved = Object.fromEntries(Object.keys(options.env ?? {}).map((k) => [k, process.env[k]]));
  Object.assign(process.env, options.env);
  try {
    const app = new App({
      outdir: options.outdir,
      context: {
        ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
        '@aws-cdk/core:defaultCrossStackReferences': 'strong',
        ...options.context,
      },
    });
    const stacks = buildApp(app, wiring);
    const assembly = app.synth();
    return {
      app,
      assembly,
      ...stacks,
      stateful: Template.fromStack(stacks.stateful),
      stateless: Template.fromStack(stacks.stateless),
      statelessStack: stacks.stateless,
      statefulStack: stacks.stateful,
    };
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** The CloudFormation logical id of a construct's main resource. */
export const logicalId = (construct: IConstruct) =>
  Stack.of(construct).getLogicalId(
    construct instanceof CfnElement ? construct : (construct.node.defaultChild as CfnElement),
  );
