import { RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, Billing, ProjectionType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import type { AnyWiring } from '#wiring/types';

/**
 * Stateful resources, kept apart so the stateless stack can be replaced freely: the tables
 * (encrypted with a customer-managed key: EHC cases are special-category personal data;
 * point-in-time recovery; retained on stack deletion) and the key itself.
 */
export class StatefulStack extends Stack {
  readonly tables: Record<string, TableV2>;
  readonly dataKey: Key;

  constructor(scope: Construct, id: string, props: StackProps & { wiring: AnyWiring }) {
    super(scope, id, props);
    this.dataKey = new Key(this, 'DataKey', {
      description: 'Encrypts the Education Directorate workflow data',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
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

/** `sendBookingConfirmation` → `SendBookingConfirmation`: construct ids from wiring names. */
export const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
