import { App, type CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { buildApp } from '#cdk/app';
import type { AnyWiring } from '#wiring/types';

/** Synthesizes the app for a wiring, bundling skipped unless asked for. */
export function synth(wiring?: AnyWiring, options: { bundle?: boolean; outdir?: string } = {}) {
  const app = new App({
    outdir: options.outdir,
    context: {
      ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
      '@aws-cdk/core:defaultCrossStackReferences': 'strong',
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
}

/** The CloudFormation logical id of a construct's main resource. */
export const logicalId = (construct: IConstruct) =>
  Stack.of(construct).getLogicalId(construct.node.defaultChild as CfnElement);
