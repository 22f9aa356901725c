import * as z from 'zod';
import { isoDateField } from '../iso-date-field.ts';

/**
 * The query of `GET /ehcp/parked`: the day the parked events were received. Events are kept
 * under the UTC day they arrived, so an event received between midnight and 01:00 BST is on the
 * previous day. A module of its own, so the caseload and KPI functions do not build it.
 */
export const EhcpParkedQuerySchema = z.object({
  date: isoDateField('date'),
});
