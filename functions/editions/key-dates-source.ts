import { calendarKeyDates } from '#domain/editions/key-dates-from-calendar';
import { dynamoDbAskReader } from '#functions/adapters/dynamodb-ask-reader';
import { calendarRules } from '#functions/commons/calendar-settings';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { requiredEnv } from '#functions/commons/env';

/**
 * Where the Key dates box reads from: the calendar of asks, its statutory asks computed by the
 * deployed rules and the asks teams entered (the `calendar` table's current versions).
 */
export const keyDatesSource = calendarKeyDates(
  calendarRules,
  dynamoDbAskReader(documentClient, requiredEnv('CALENDAR_TABLE_NAME')).touching,
);
