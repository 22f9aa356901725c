import { ArnFormat, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, Billing, ProjectionType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import type { AnyWiring } from '#wiring/types';

/**
 * Stateful resources, kept apart so the stateless stack can be replaced freely: the tables
 * (encrypted with a customer-managed key: EHC cases are special-category personal data;
 * point-in-time recovery; retained on stack deletion), the data key itself, and the
 * operations key that encrypts the functions' and the API's logs and the alarm notifications.
 */
export class StatefulStack extends Stack {
  readonly tables: Record<string, TableV2>;
  /** Encrypts the tables; used only through DynamoDB (`kms:ViaService`). */
  readonly dataKey: Key;
  /** Encrypts log groups (CloudWatch Logs) and the alarm topic (SNS, published to by CloudWatch). */
  readonly operationsKey: Key;

  constructor(scope: Construct, id: string, props: StackProps & { wiring: AnyWiring }) {
    super(scope, id, props);
    this.dataKey = new Key(this, 'DataKey', {
      description: 'Encrypts the Education Directorate workflow data',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // A key of its own, so the data key's policy names no service but DynamoDB's callers.
    this.operationsKey = new Key(this, 'OperationsKey', {
      description: 'Encrypts the Education Directorate workflow logs and alarm notifications',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // CloudWatch Logs encrypts a log group with the key only if the key policy lets the regional
    // logs service use it, for this account's log groups (encryption context aws:logs:arn).
    this.operationsKey.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal(`logs.${this.region}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': this.formatArn({
              service: 'logs',
              resource: 'log-group',
              resourceName: '*',
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
        },
      }),
    );
    // CloudWatch alarms publish to the encrypted alarm topic: SNS needs CloudWatch allowed to
    // generate and decrypt its data keys (the AWS-managed SNS key cannot allow it), on behalf of
    // this account's alarms in this region only (confused-deputy conditions).
    this.operationsKey.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: {
          StringEquals: { 'aws:SourceAccount': this.account },
          ArnLike: { 'aws:SourceArn': alarmArns(this) },
        },
      }),
    );
    // SES publishes bounce and complaint notifications to the encrypted mail-notification topic:
    // it needs to generate and decrypt data keys, for this account's configuration sets only.
    if (props.wiring.mailNotifications) {
      this.operationsKey.addToResourcePolicy(
        new PolicyStatement({
          principals: [new ServicePrincipal('ses.amazonaws.com')],
          actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          resources: ['*'],
          conditions: {
            StringEquals: { 'aws:SourceAccount': this.account },
            ArnLike: {
              'aws:SourceArn': this.formatArn({
                service: 'ses',
                resource: 'configuration-set',
                resourceName: '*',
              }),
            },
          },
        }),
      );
    }
    this.tables = {};
    for (const [name, spec] of Object.entries(props.wiring.tables)) {
      this.tables[name] = new TableV2(this, `${pascal(name)}Table`, {
        partitionKey: { name: spec.partitionKey, type: AttributeType.STRING },
        sortKey: spec.sortKey ? { name: spec.sortKey, type: AttributeType.STRING } : undefined,
        timeToLiveAttribute: spec.timeToLiveAttribute,
        globalSecondaryIndexes: spec.indexes?.map((index) => ({
          indexName: index.name,
          partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
          sortKey: index.sortKey ? { name: index.sortKey, type: AttributeType.STRING } : undefined,
          projectionType: ProjectionType.ALL,
        })),
        billing: Billing.onDemand(),
        encryption: TableEncryptionV2.customerManagedKey(this.dataKey),
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        deletionProtection: true,
        removalPolicy: RemovalPolicy.RETAIN,
      });
    }
  }
}

/** Every CloudWatch alarm of the stack's account and region, as a `aws:SourceArn` pattern. */
export const alarmArns = (stack: Stack) =>
  stack.formatArn({
    service: 'cloudwatch',
    resource: 'alarm',
    resourceName: '*',
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });

/** `sendBookingEmails` → `SendBookingEmails`: construct ids from wiring names. */
export const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
