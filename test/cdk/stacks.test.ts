import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { systemWiring } from '#wiring/system';
import { deployedEnvironment } from '../../bench/bundles.ts';
import { logicalId, synth } from './synth.ts';

describe('CDK app', () => {
  const { stateful, stateless, statelessStack, assembly } = synth();

  it('synthesizes with every cdk-nag AwsSolutions finding fixed or acknowledged', () => {
    const errors = assembly.stacks.flatMap((s) =>
      s.messages.filter((m) => m.level === 'error').map((m) => `${m.id}: ${String(m.entry.data)}`),
    );
    expect(errors).toEqual([]);
  });

  it('runs every function on Node 24, ARM64, JSON logs, with a DLQ and no Node flags', () => {
    const functions = stateless.findResources('AWS::Lambda::Function');
    expect(Object.keys(functions)).toHaveLength(Object.keys(systemWiring.functions).length);
    for (const fn of Object.values(functions)) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        LoggingConfig: { LogFormat: 'JSON', LogGroup: expect.anything() },
        DeadLetterConfig: { TargetArn: expect.anything() },
      });
      expect(fn.Properties.Environment.Variables).not.toHaveProperty('NODE_OPTIONS');
    }
  });

  it('deploys every function with the environment the benchmark measures it with', () => {
    const functions = stateless.findResources('AWS::Lambda::Function');
    for (const [name, construct] of Object.entries(statelessStack.functions)) {
      const deployed = functions[logicalId(construct)]!.Properties.Environment.Variables;
      const measured = deployedEnvironment(systemWiring, name);

      expect(Object.keys(deployed).sort()).toEqual(Object.keys(measured).sort());
      for (const [variable, value] of Object.entries(deployed)) {
        if (typeof value === 'string') expect(measured[variable]).toBe(value); // literals; resource names are tokens
      }
    }
  });

  it('gives every function an explicit log group kept for three months', () => {
    stateless.resourcePropertiesCountIs(
      'AWS::Logs::LogGroup',
      { RetentionInDays: 90 },
      Object.keys(systemWiring.functions).length + 1,
    );
  });

  it('encrypts tables with a rotating customer-managed key and keeps point-in-time recovery', () => {
    stateful.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    stateful.resourceCountIs('AWS::DynamoDB::GlobalTable', Object.keys(systemWiring.tables).length);
    stateful.allResourcesProperties('AWS::DynamoDB::GlobalTable', {
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
      Replicas: [
        Match.objectLike({
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          SSESpecification: { KMSMasterKeyId: Match.anyValue() },
          DeletionProtectionEnabled: true,
        }),
      ],
    });
    stateful.allResources('AWS::DynamoDB::GlobalTable', { DeletionPolicy: 'Retain' });
  });

  it('encrypts every queue and refuses plain-HTTP access', () => {
    stateless.allResourcesProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    const policies = Object.values(stateless.findResources('AWS::SQS::QueuePolicy'));
    const queues = Object.keys(stateless.findResources('AWS::SQS::Queue'));
    const tlsOnly = policies.filter((p) =>
      JSON.stringify(p.Properties.PolicyDocument).includes('"aws:SecureTransport":"false"'),
    );
    const covered = new Set(tlsOnly.flatMap((p) => p.Properties.Queues.map((q: { Ref: string }) => q.Ref)));
    expect([...covered].sort()).toEqual(queues.sort());
  });

  it('logs API access and throttles the public API', () => {
    stateless.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: { DestinationArn: Match.anyValue() },
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
    });
  });

  it('lets only the mailer send email, and only from the configured sender', () => {
    const policies = Object.values(stateless.findResources('AWS::IAM::Policy'));
    const sesStatements = policies.flatMap((p) =>
      p.Properties.PolicyDocument.Statement.filter((s: { Action: unknown }) =>
        JSON.stringify(s.Action).includes('ses:'),
      ),
    );
    expect(sesStatements).toHaveLength(1);
    expect(sesStatements[0].Condition).toEqual({
      StringEquals: { 'ses:FromAddress': 'workforce.development@example.gov.uk' },
    });
  });
});

describe('CDK bundling', () => {
  // One bundled synthesis (≈ 7 s) for both tests.
  const outdir = mkdtempSync(join(tmpdir(), 'cdk-out-'));
  beforeAll(() => {
    synth(undefined, { bundle: true, outdir });
  }, 120_000);

  it('bundles each handler offline as one ESM file with the AWS SDK inside', () => {
    const assets = readdirSync(outdir).filter((d) => d.startsWith('asset.'));
    expect(assets).toHaveLength(Object.keys(systemWiring.functions).length);
    for (const asset of assets) {
      const code = readFileSync(join(outdir, asset, 'index.mjs'), 'utf8');
      expect(code.startsWith("import { createRequire } from 'node:module';")).toBe(true);
      expect(code).not.toMatch(/from\s*["']@aws-sdk\//);
      expect(code).toContain('export{');
      expect(readdirSync(join(outdir, asset))).toContain('index.mjs.map');
    }
  });

  it('ships source maps of our own code only, named from the repository root, without source text', () => {
    for (const asset of readdirSync(outdir).filter((d) => d.startsWith('asset.'))) {
      expect(readFileSync(join(outdir, asset, 'index.mjs'), 'utf8')).toContain('Error.prepareStackTrace=');
      const map = JSON.parse(readFileSync(join(outdir, asset, 'index.mjs.map'), 'utf8'));
      expect(map.sourcesContent).toBeUndefined();
      expect(map.sources.length).toBeGreaterThan(0);
      for (const source of map.sources)
        expect(source).toMatch(/^(functions|domain|events)\/[a-z0-9/-]+\.ts$/);
    }
  });
});
