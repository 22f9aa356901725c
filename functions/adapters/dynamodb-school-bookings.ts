import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Booking } from '#domain/bookings/booking';
import type { SchoolBookings } from '#domain/bookings/booking-repository';
import { formatAcademicYear, parseAcademicYear } from '#domain/shared/academic-year';
import { BOOKINGS_BY_YEAR_INDEX, bookingFromItem } from './dynamodb-booking-item.ts';
import { queryAll } from './dynamodb-query-all.ts';

/**
 * A school's bookings by academic year, from the education table's `bookingsByYear` index
 * (partition: the academic year; sort: `<URN>#<bookingId>`): one Query per page.
 */
export function dynamoDbSchoolBookings(client: DynamoDBDocumentClient, tableName: string): SchoolBookings {
  const query = async (year: string, urn?: string): Promise<Booking[]> => {
    const items = await queryAll(client, {
      TableName: tableName,
      IndexName: BOOKINGS_BY_YEAR_INDEX,
      KeyConditionExpression: urn
        ? 'bookingYear = :y AND begins_with(schoolBooking, :s)'
        : 'bookingYear = :y',
      ExpressionAttributeValues: {
        ':y': formatAcademicYear(parseAcademicYear(year)),
        ...(urn && { ':s': `${urn}#` }),
      },
    });
    return items.map(bookingFromItem);
  };
  return {
    ofSchool: (urn, academicYear) => query(academicYear, urn),
    inYear: (academicYear) => query(academicYear),
  };
}
