import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { systemWiring } from '#wiring/system';
import type { AnyWiring } from '#wiring/types';
import { deployedEnvironment } from '../../bench/bundles.ts';
import { logicalId, synth } from './synth.ts';

// biome-ignore lint/suspicious/noExplicitAny: CloudFormation JSON, read by assertions that name what they expect
type Json = any;
type Resource = {
  Type: string;
  Properties: Record<string, Json>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
};
type Statement = { Action: string | string[]; Resource: unknown; Condition?: Record<string, Json> };

const asList = <T>(value: T | T[]) => (Array.isArray(value) ? value : [value]);
const statementsOf = (policies: Record<string, Resource>) =>
  Object.values(policies).flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]);
const functionCount = Object.keys(systemWiring.functions).length;

describe('CDK app', () => {
  const built = synth();
  const { stateful, stateless, assembly } = built;
  const stack = built.statelessStack;
  const resources = (type: string) => stateless.findResources(type) as Record<string, Resource>;
  /** A cross-stack reference to a construct of the stateful stack. */
  const importOf = (construct: Parameters<typeof logicalId>[0]) => ({
    'Fn::ImportValue': expect.stringContaining(logicalId(construct)),
  });

  it('synthesizes with every cdk-nag AwsSolutions finding fixed or acknowledged', () => {
    const errors = assembly.stacks.flatMap((s) =>
      s.messages.filter((m) => m.level === 'error').map((m) => `${m.id}: ${String(m.entry.data)}`),
    );
    expect(errors).toEqual([]);
  });

  it('acknowledges only the cdk-nag findings whose reasons are given in the README', () => {
    const acknowledged = new Set(
      built.app.node
        .findAll()
        .flatMap((c) => c.node.metadata)
        .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((m) => Object.keys(m.data as object))
        // Each schedule's role may invoke its one function and that function's versions.
        .map((id) => id.replace(/\[Resource::<\w+\.Arn>:\*\]$/, '[Resource::<scheduled function>.Arn:*]')),
    );

    expect([...acknowledged].sort()).toEqual(
      [
        'AwsSolutions::AwsSolutions-IAM5[Resource::<scheduled function>.Arn:*]',
        'AwsSolutions::AwsSolutions-APIG2',
        'AwsSolutions::AwsSolutions-APIG4',
        'AwsSolutions::AwsSolutions-COG4',
        'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
        'AwsSolutions::AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
        'AwsSolutions::AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
        'AwsSolutions::AwsSolutions-IAM5[Resource::*]',
        'AwsSolutions::AwsSolutions-SQS3',
      ].sort(),
    );
  });

  it('runs every function on Node 24, ARM64, JSON logs, X-Ray active tracing and no Node flags', () => {
    const functions = resources('AWS::Lambda::Function');
    expect(Object.keys(functions)).toHaveLength(functionCount);
    for (const fn of Object.values(functions)) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        LoggingConfig: { LogFormat: 'JSON', LogGroup: expect.anything() },
        TracingConfig: { Mode: 'Active' },
      });
      expect(fn.Properties.Environment.Variables).not.toHaveProperty('NODE_OPTIONS');
    }
  });

  it('deploys every function with the environment the benchmark measures it with', () => {
    const functions = resources('AWS::Lambda::Function');
    for (const [name, construct] of Object.entries(stack.functions)) {
      const deployed = functions[logicalId(construct)]!.Properties.Environment.Variables;
      const measured = deployedEnvironment(systemWiring, name);

      expect(Object.keys(deployed).sort()).toEqual(Object.keys(measured).sort());
      for (const [variable, value] of Object.entries(deployed)) {
        if (typeof value === 'string') expect(measured[variable]).toBe(value); // literals; resource names are tokens
      }
    }
  });

  it('gives no function a DLQ for asynchronous invocations unless a schedule invokes it', () => {
    const scheduled = new Set<string>(
      systemWiring.schedules.flatMap((s) => ('function' in s.target ? [s.target.function] : [])),
    );
    const functions = resources('AWS::Lambda::Function');
    for (const [name, fn] of Object.entries(stack.functions)) {
      if (scheduled.has(name)) continue;
      expect(functions[logicalId(fn)]!.Properties.DeadLetterConfig).toBeUndefined();
    }
  });

  it('keeps every log group three months, encrypted with the operations key', () => {
    const logGroups = Object.values(resources('AWS::Logs::LogGroup'));

    // one per function, the API's access logs and its execution logs
    expect(logGroups).toHaveLength(functionCount + 2);
    for (const group of logGroups) {
      expect(group.Properties).toEqual(
        expect.objectContaining({
          RetentionInDays: 90,
          KmsKeyId: importOf(built.statefulStack.operationsKey),
        }),
      );
    }
    expect(JSON.stringify(logGroups)).toContain('API-Gateway-Execution-Logs_');
  });

  it('lets CloudWatch Logs use the operations key for this account’s log groups only', () => {
    const key = stateful.findResources('AWS::KMS::Key')[
      logicalId(built.statefulStack.operationsKey)
    ] as Resource;
    const logs = (key.Properties.KeyPolicy.Statement as Statement[] & { Principal?: unknown }[]).find((s) =>
      JSON.stringify(s).includes('logs.eu-west-2.amazonaws.com'),
    );

    expect(logs?.Condition).toEqual({
      ArnLike: {
        'kms:EncryptionContext:aws:logs:arn': {
          'Fn::Join': [
            '',
            [
              'arn:',
              { Ref: 'AWS::Partition' },
              ':logs:eu-west-2:',
              { Ref: 'AWS::AccountId' },
              ':log-group:*',
            ],
          ],
        },
      },
    });
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

  it('creates every global secondary index the wiring declares, every attribute projected', () => {
    const declared = Object.values(systemWiring.tables).flatMap((t) =>
      'indexes' in t ? t.indexes.map((i) => ({ table: t.envVar, ...i })) : [],
    );

    expect(declared.length).toBeGreaterThan(0);
    for (const index of declared) {
      stateful.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
        GlobalSecondaryIndexes: Match.arrayWith([
          Match.objectLike({
            IndexName: index.name,
            KeySchema: [
              { AttributeName: index.partitionKey, KeyType: 'HASH' },
              { AttributeName: index.sortKey, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          }),
        ]),
      });
    }
  });

  it('encrypts every queue and refuses plain-HTTP access', () => {
    stateless.allResourcesProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    const policies = Object.values(resources('AWS::SQS::QueuePolicy'));
    const queues = Object.keys(resources('AWS::SQS::Queue'));
    const tlsOnly = policies.filter((p) =>
      JSON.stringify(p.Properties.PolicyDocument).includes('"aws:SecureTransport":"false"'),
    );
    const covered = new Set(tlsOnly.flatMap((p) => p.Properties.Queues.map((q: { Ref: string }) => q.Ref)));
    expect([...covered].sort()).toEqual(queues.sort());
  });

  it('keeps every queue and dead-letter queue when the stateless stack is deleted or replaced', () => {
    const queues = Object.values(resources('AWS::SQS::Queue'));

    // each wiring queue and its DLQ, the function-failure DLQ and the event-delivery DLQ
    expect(queues).toHaveLength(2 * Object.keys(systemWiring.queues).length + 2);
    for (const queue of queues) {
      expect(queue).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    }
  });

  it('gives no role an AWS-managed policy or log rights beyond its own log group, except API Gateway’s account role', () => {
    const roles = resources('AWS::IAM::Role');
    const withManaged = Object.entries(roles).filter(([, r]) => r.Properties.ManagedPolicyArns);
    const logStatements = statementsOf(resources('AWS::IAM::Policy')).filter((s) =>
      asList(s.Action).some((a) => a.startsWith('logs:')),
    );

    expect(withManaged.map(([, r]) => JSON.stringify(r.Properties.AssumeRolePolicyDocument))).toEqual([
      expect.stringContaining('apigateway.amazonaws.com'),
    ]);
    expect(logStatements).toHaveLength(functionCount);
    for (const [name, fn] of Object.entries(stack.functions)) {
      const policy = Object.values(resources('AWS::IAM::Policy')).find((p) =>
        JSON.stringify(p.Properties.Roles).includes(logicalId(fn.role!)),
      )!;
      const own = (policy.Properties.PolicyDocument.Statement as Statement[]).filter((s) =>
        asList(s.Action).some((a) => a.startsWith('logs:')),
      );
      expect(own, name).toEqual([
        expect.objectContaining({
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: { 'Fn::GetAtt': [logicalId(fn.logGroup), 'Arn'] },
        }),
      ]);
    }
  });

  it('serves the routes from a regional REST API stage that throttles, logs access and errors, and never logs bodies', () => {
    stateless.hasResourceProperties('AWS::ApiGateway::RestApi', {
      EndpointConfiguration: { Types: ['REGIONAL'] },
    });
    stateless.hasResourceProperties('AWS::ApiGateway::Stage', {
      StageName: 'dev',
      TracingEnabled: true,
      AccessLogSetting: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('"requestId"') },
      MethodSettings: [
        {
          HttpMethod: '*',
          ResourcePath: '/*',
          LoggingLevel: 'ERROR',
          DataTraceEnabled: false,
          ThrottlingRateLimit: 50,
          ThrottlingBurstLimit: 100,
        },
      ],
    });
    stateless.resourceCountIs('AWS::ApiGateway::Method', systemWiring.routes.length);
  });

  describe('the API’s web ACL', () => {
    const [acl] = Object.values(resources('AWS::WAFv2::WebACL'));
    const rules = acl!.Properties.Rules as {
      Name: string;
      Priority: number;
      Statement: Json;
      Action?: Json;
    }[];
    const rule = (name: string) => rules.find((r) => r.Name === name)!;
    const regexesIn = (statement: unknown): RegExp[] =>
      [...JSON.stringify(statement).matchAll(/"RegexString":"((?:[^"\\]|\\.)*)"/g)].map(
        (m) => new RegExp(JSON.parse(`"${m[1]}"`) as string),
      );

    it('is regional and associated with the API stage', () => {
      expect(acl!.Properties.Scope).toBe('REGIONAL');
      const [association] = Object.values(resources('AWS::WAFv2::WebACLAssociation'));
      expect(JSON.stringify(association!.Properties.ResourceArn)).toContain(
        logicalId(stack.api.api.deploymentStage),
      );
      expect(association!.Properties.WebACLArn).toEqual({
        'Fn::GetAtt': [logicalId(stack.firewall.webAcl), 'Arn'],
      });
    });

    it('limits each client IP to 100 requests per 5 minutes on the public routes, answering 429', () => {
      const rate = rule('PublicRoutesRatePerClientIp');

      expect(rate.Statement.RateBasedStatement).toMatchObject({
        Limit: 100,
        EvaluationWindowSec: 300,
        AggregateKeyType: 'IP',
      });
      expect(rate.Action.Block.CustomResponse.ResponseCode).toBe(429);
      const [pattern] = regexesIn(rate.Statement.RateBasedStatement.ScopeDownStatement);
      expect(JSON.stringify(rate.Statement)).toContain('"SearchString":"POST"');
      for (const path of ['/dev/bookings', '/bookings', '/dev//bookings/']) expect(path).toMatch(pattern!);
      for (const path of ['/dev/bookings/BK-0000000000', '/dev/bookingsX', '/other/dev/bookings']) {
        expect(path).not.toMatch(pattern!);
      }
    });

    it('blocks public-route bodies over 16 KB with 413, counting a body WAF cannot see whole as over', () => {
      const body = rule('PublicRoutesBodyOver16KB');
      const size = JSON.stringify(body.Statement);

      expect(body.Action.Block.CustomResponse.ResponseCode).toBe(413);
      expect(size).toContain('"ComparisonOperator":"GT"');
      expect(size).toContain('"Size":16384');
      expect(size).toContain('"OversizeHandling":"MATCH"');
      expect(acl!.Properties.CustomResponseBodies['payload-too-large'].ContentType).toBe('APPLICATION_JSON');
    });

    it('leaves IAM-authorized routes out of the public-route rules', () => {
      const iamPaths = systemWiring.routes.filter((r) => r.auth === 'iam').map((r) => `/dev${r.path}`);
      const patterns = regexesIn(rule('PublicRoutesRatePerClientIp').Statement);

      for (const path of iamPaths) {
        for (const pattern of patterns) expect(path.replace(/\{\w+\}/g, 'X')).not.toMatch(pattern);
      }
    });

    it('runs only AWS managed rule groups that do not read JSON bodies as text', () => {
      const managed = rules.filter((r) => r.Statement.ManagedRuleGroupStatement);

      expect(managed.map((r) => r.Statement.ManagedRuleGroupStatement.Name).sort()).toEqual([
        'AWSManagedRulesAmazonIpReputationList',
        'AWSManagedRulesKnownBadInputsRuleSet',
      ]);
    });
  });

  it('lets only the mailers send email, only SendEmail, only from the configured sender, naming its configuration set', () => {
    const sesStatements = statementsOf(resources('AWS::IAM::Policy')).filter((s) =>
      JSON.stringify(s.Action).includes('ses:'),
    );
    const [configurationSet] = Object.keys(resources('AWS::SES::ConfigurationSet'));
    const mailers = Object.entries(systemWiring.functions)
      .filter(([, fn]) => 'email' in fn && fn.email.length > 0)
      .map(([name]) => name);

    expect(mailers).toContain('sendBookingEmails');
    expect(sesStatements).toHaveLength(mailers.length);
    for (const statement of sesStatements) {
      expect(statement.Action).toBe('ses:SendEmail');
      expect(statement.Condition).toEqual({
        StringEquals: { 'ses:FromAddress': 'workforce.development@example.gov.uk' },
      });
      const granted = JSON.stringify(statement.Resource);
      expect(granted).toContain(':ses:eu-west-2:');
      expect(granted).toContain(':identity/example.gov.uk');
      expect(granted).toContain(':configuration-set/');
      expect(granted).toContain(`{"Ref":"${configurationSet}"}`);
    }
    for (const name of mailers) {
      const mailer = resources('AWS::Lambda::Function')[logicalId(stack.functions[name]!)]!;
      expect(mailer.Properties.Environment.Variables.SES_CONFIGURATION_SET).toEqual({
        Ref: configurationSet,
      });
    }
    stateless.hasResourceProperties('AWS::SES::ConfigurationSet', {
      ReputationOptions: { ReputationMetricsEnabled: true },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
    });
  });

  describe('alarms', () => {
    const alarms = Object.values(resources('AWS::CloudWatch::Alarm'));
    const topic = logicalId(stack.alarms.topic);
    const on = (metric: string) => alarms.filter((a) => a.Properties.MetricName === metric);

    it('notify one encrypted SNS topic named by context, on alarm and on recovery', () => {
      const topicResource = resources('AWS::SNS::Topic')[topic];
      expect(topicResource!.Properties).toMatchObject({
        TopicName: 'education-alarms-dev',
        KmsMasterKeyId: importOf(built.statefulStack.operationsKey),
      });
      expect(alarms.length).toBeGreaterThan(0);
      for (const alarm of alarms) {
        expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topic }]);
        expect(alarm.Properties.OKActions).toEqual([{ Ref: topic }]);
      }
    });

    it('watch the depth of each dead-letter queue in the wiring, and of the two shared ones', () => {
      const watched = on('ApproximateNumberOfMessagesVisible').map(
        (a) => a.Properties.Dimensions[0].Value['Fn::GetAtt'][0] as string,
      );
      const deadLetterQueues = [
        ...Object.values(stack.queues).map((q) => logicalId(q.deadLetterQueue)),
        logicalId(stack.functionFailures),
        logicalId(stack.deliveryFailures),
      ];

      expect(watched.sort()).toEqual(deadLetterQueues.sort());
      for (const alarm of on('ApproximateNumberOfMessagesVisible')) {
        expect(alarm.Properties).toMatchObject({ Threshold: 0, ComparisonOperator: 'GreaterThanThreshold' });
      }
    });

    it('watch every function’s errors and throttles, each consumed queue’s oldest message and API 5xx', () => {
      const fns = Object.values(stack.functions)
        .map((fn) => logicalId(fn))
        .sort();
      const functionOf = (a: Resource) => a.Properties.Dimensions[0].Value.Ref as string;

      expect(on('Errors').map(functionOf).sort()).toEqual(fns);
      expect(on('Throttles').map(functionOf).sort()).toEqual(fns);
      const ages = on('ApproximateAgeOfOldestMessage');
      const consumed = Object.entries(systemWiring.queues).filter(([, q]) => 'consumer' in q);
      expect(ages).toHaveLength(consumed.length);
      for (const [name, spec] of consumed) {
        const alarm = ages.find(
          (a) => a.Properties.Dimensions[0].Value['Fn::GetAtt'][0] === logicalId(stack.queues[name]!.queue),
        );
        expect(alarm?.Properties.Threshold).toBe(spec.visibilityTimeoutSeconds);
      }
      expect(on('5XXError')).toHaveLength(1);
    });
  });
});

describe('the deployment region', () => {
  // The CDK CLI always sets CDK_DEFAULT_REGION from the operator's AWS profile.
  const built = synth(undefined, {
    env: { CDK_DEFAULT_REGION: 'us-east-1' },
    context: { alarmTopicName: 'ecc-education-oncall', publicRateLimitPer5Minutes: '250' },
  });

  it('is eu-west-2 whatever CDK_DEFAULT_REGION says, in every stack and every ARN, replica and endpoint', () => {
    const templates = [built.stateful.toJSON(), built.stateless.toJSON()].map((t) => JSON.stringify(t));
    const regions = new Set(
      templates
        .flatMap((t) => [
          ...t.matchAll(/\b(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov|-iso[a-z]*)?-[a-z]+-\d\b/g),
        ])
        .map((m) => m[0]),
    );

    expect(built.assembly.stacks.map((s) => s.environment.region)).toEqual(['eu-west-2', 'eu-west-2']);
    expect([...regions]).toEqual(['eu-west-2']);
    // No region left for CloudFormation to fill in from wherever the stack is deployed.
    for (const t of templates) expect(t).not.toContain('AWS::Region');
    built.stateful.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      Replicas: [Match.objectLike({ Region: 'eu-west-2' })],
    });
  });

  it('refuses a region outside the UK', () => {
    expect(() => synth(undefined, { context: { region: 'eu-west-1' } })).toThrow(
      /region eu-west-1 is not in the UK/,
    );
  });

  it('takes the alarm topic’s name and the public rate limit from context', () => {
    built.stateless.hasResourceProperties('AWS::SNS::Topic', { TopicName: 'ecc-education-oncall' });
    built.stateless.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({ Statement: { RateBasedStatement: Match.objectLike({ Limit: 250 }) } }),
      ]),
    });
  });
});

describe('asynchronous invocations', () => {
  it('give Lambda’s DLQ to the functions schedules invoke, and to no other', () => {
    const withSchedule: AnyWiring = {
      ...systemWiring,
      schedules: [
        {
          id: 'MondaySend',
          description: 'test',
          expression: 'cron(0 7 ? * MON *)',
          timeZone: 'Europe/London',
          target: { function: 'processBooking' },
        },
      ],
    };

    const built = synth(withSchedule);
    const functions = built.stateless.findResources('AWS::Lambda::Function');

    for (const [name, fn] of Object.entries(built.statelessStack.functions)) {
      const config = functions[logicalId(fn)]!.Properties.DeadLetterConfig;
      if (name === 'processBooking') {
        expect(config).toEqual({
          TargetArn: { 'Fn::GetAtt': [logicalId(built.statelessStack.functionFailures), 'Arn'] },
        });
      } else {
        expect(config, name).toBeUndefined();
      }
    }
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
    expect(assets).toHaveLength(functionCount);
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
