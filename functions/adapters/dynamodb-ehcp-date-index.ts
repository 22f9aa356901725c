import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { CaseMilestone } from '#domain/ehcp/reminder-selection';
import type { KpiMilestone } from '#domain/ehcp/sen2-measures';
import type { IsoDate } from '#domain/shared/iso-date';
import type { Quadrant } from '#events/ehcp/quadrant';
import {
  caseMilestoneFrom,
  EHCP_DATE_INDEX,
  kpiMilestoneFrom,
  kpiPartition,
  openPartition,
  upToDate,
} from './dynamodb-ehcp-items.ts';

/** What a read of the index cost: items returned and read capacity consumed (as DynamoDB reports it). */
export interface IndexReadStats {
  items: number;
  capacityUnits: number;
  pages: number;
}

/**
 * Queries the `ehcp` table's `byDate` index, never scanning: a quadrant's open milestones with
 * a reminder date up to a day (everything overdue and everything due by then), and the SEN2
 * milestones completed in a year.
 */
export function dynamoDbEhcpDateIndex(client: DynamoDBDocumentClient, tableName: string) {
  const query = async (
    keyCondition: string,
    values: Record<string, string>,
    stats?: IndexReadStats,
  ): Promise<Record<string, unknown>[]> => {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: EHCP_DATE_INDEX,
          KeyConditionExpression: keyCondition,
          ExpressionAttributeValues: values,
          ExclusiveStartKey: startKey,
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      items.push(...(page.Items ?? []));
      if (stats) {
        stats.items += page.Count ?? 0;
        stats.capacityUnits += page.ConsumedCapacity?.CapacityUnits ?? 0;
        stats.pages += 1;
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items;
  };

  return {
    /** The open milestones of `quadrant` whose reminder date is on or before `date`. */
    async openMilestonesRemindedBy(quadrant: Quadrant, date: IsoDate, stats?: IndexReadStats) {
      const items = await query(
        'gsiPk = :pk AND gsiSk <= :upTo',
        { ':pk': openPartition(quadrant), ':upTo': upToDate(date) },
        stats,
      );
      return items.map(caseMilestoneFrom);
    },
    /** Every open milestone of `quadrant`. */
    async openMilestones(quadrant: Quadrant, stats?: IndexReadStats): Promise<CaseMilestone[]> {
      const items = await query('gsiPk = :pk', { ':pk': openPartition(quadrant) }, stats);
      return items.map(caseMilestoneFrom);
    },
    /** The SEN2 milestones completed in calendar `year`, each with its case's quadrant. */
    async kpiMilestonesOf(
      year: number,
      stats?: IndexReadStats,
    ): Promise<(KpiMilestone & { quadrant: Quadrant })[]> {
      const items = await query('gsiPk = :pk', { ':pk': kpiPartition(year) }, stats);
      return items.map(kpiMilestoneFrom);
    },
  };
}
