import * as z from 'zod';
import { caseEventContract, caseEventOf } from './case-event-fields.ts';

/**
 * A request for an EHC needs assessment was received (CFA 2014 s.36(1); SI 2014/1530 reg 3).
 * `date` is the day the local authority received it: the 6-, 16- and 20-week limits run from it.
 */
export const RequestReceivedSchema = caseEventOf('request-received', {
  /** Who asked: the parent, the young person, or a school or college on their behalf (s.36(1)); or a referral. */
  requestedBy: z.enum(['parent', 'young-person', 'school-or-college', 'other-referral'], {
    error: 'requestedBy must be one of parent, young-person, school-or-college, other-referral',
  }),
  /** How the request arrived. */
  receivedVia: z.enum(['online-form', 'email', 'post', 'by-hand', 'phone'], {
    error: 'receivedVia must be one of online-form, email, post, by-hand, phone',
  }),
});

/** A request for an EHC needs assessment, received. */
export type RequestReceived = z.infer<typeof RequestReceivedSchema>;

/** EHCP request received. */
export const RequestReceivedEvent = caseEventContract('EHCP request received', RequestReceivedSchema);
