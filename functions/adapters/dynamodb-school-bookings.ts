import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Booking } from '#domain/bookings/booking';
import type { SchoolBookings } from '#domain/bookings/booking-repository';
import { formatAcademicYear, parseAcademicYear } from '#domain/shared/academic-year';
import { BOOKINGS_BY_YEAR_INDEX, bookingFromItem } from './dynamodb-booking-item.ts';

/**
 * A school's bookings by academic year, from the education table's `bookingsByYear` index
 * (partition: the academic year; sort: `<URN>#<bookingId>`): one Query per page.
 */
export function dynamoDbSchoolBookings(client: DynamoDBDocumentClient, tableName: string): SchoolBookings {
  const query = async (year: string, urn?: string) => {
    const bookings: Booking[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: BOOKINGS_BY_YEAR_INDEX,
          KeyConditionExpression: urn
            ? 'bookingYear = :y AND begins_with(schoolBooking, :s)'
            : 'bookingYear = :y',
          ExpressionAttributeValues: {
            ':y': formatAcademicYear(parseAcademicYear(year)),
            ...(urn && { ':s': `${urn}#` }),
          },
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) bookings.push(bookingFromItem(item));
      start = page.LastEvaluatedKey;
    } while (start);
    return bookings;
  };
  return {
    ofSchool: (urn, academicYear) => query(academicYear, urn),
    inYear: (academicYear) => query(academicYear),
  };
}
