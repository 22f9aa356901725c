import * as z from 'zod';
import { AcademicYearTextSchema } from './academic-year-text.ts';
import { BookedSchoolSchema, ConfirmationRecipientsSchema } from './booked-school.ts';
import { BookingIdSchema } from './booking-id.ts';

/**
 * A recorded booking of any kind, as `GET /bookings/{bookingId}` answers it and the booking
 * events carry it. Records written before bookings had kinds (BookingConfirmed 1.0.0) have no
 * `kind`: they are read as school-improvement days.
 */

/** Money in integer pence, never floats. */
const Pence = z.number().int().nonnegative();

export { AcademicYearTextSchema } from './academic-year-text.ts';

const IsoDateText = z.iso.date();
const Instant = z.iso.datetime({ offset: true });
const Code = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);

/** The price a booking was taken at, in integer pence; the lines add up to the total. */
export const BookingPriceSchema = z.object({
  netPence: Pence,
  discountPence: Pence,
  vatPence: Pence,
  totalPence: Pence,
  lines: z.array(z.object({ description: z.string().min(1).max(300), amountPence: z.number().int() })).min(1),
  /** How VAT was decided: by product and customer class, or as the form asked. */
  vatTreatment: z.enum(['internal-recharge', 'exempt', 'standard-rated', 'as-requested']).optional(),
  vatRatePercent: z.number().nonnegative().optional(),
});

/** The price list a booking was priced from. */
export const PriceListReferenceSchema = z.object({
  id: z.string().min(1).max(80),
  title: z.string().min(1).max(200),
  /** Set when the latest published list was carried forward to the booking's academic year. */
  carriedForwardFrom: AcademicYearTextSchema.optional(),
});

/** A school's price band, from the schools directory. */
export const PriceBandSchema = BookedSchoolSchema.shape.priceBand.unwrap();

/** A member of staff named on a training or event booking. */
export const DelegateSchema = z.object({
  name: z.string().min(1).max(120),
  email: z.email().max(254).optional(),
});

const CancellationChargeSchema = z.object({
  chargePercent: z.number().min(0).max(100),
  netPence: Pence,
  vatPence: Pence,
  totalPence: Pence,
  creditPence: z.number().int(),
  window: z.string().max(200),
});

/** What every recorded booking carries. */
const RecordFields = z.object({
  bookingId: BookingIdSchema,
  submissionId: z.uuid(),
  termsAccepted: z.literal(true),
  school: BookedSchoolSchema,
  /** Who the booker-facing emails go to (absent on bookings from before the directory: the booker). */
  confirmation: ConfirmationRecipientsSchema.optional(),
  booker: z.object({
    name: z.string().min(1).max(120),
    email: z.email().max(254),
    phone: z.string().max(30).optional(),
  }),
  purchaseOrderNumber: z.string().min(1).max(50).optional(),
  addVat: z.boolean(),
  status: z.enum(['received', 'confirmed', 'waitlisted', 'cancelled', 'rejected']),
  rejection: z
    .object({
      code: z.enum([
        'not-in-price-list',
        'not-offered',
        'already-subscribed',
        'bookings-closed',
        'unknown-school',
        'school-closed',
        'no-price-list',
      ]),
      message: z.string().max(500),
    })
    .optional(),
  price: BookingPriceSchema,
  /** The academic year the booking's days and places belong to. */
  academicYear: AcademicYearTextSchema,
  priceList: PriceListReferenceSchema.optional(),
  receivedAt: Instant,
  confirmedAt: Instant.optional(),
  waitlistedAt: Instant.optional(),
  placeOffer: z
    .object({ offeredAt: Instant, acceptBy: IsoDateText, acceptedAt: Instant.optional() })
    .optional(),
  cancellation: z
    .object({
      cancelledAt: Instant,
      by: z.enum(['school', 'team', 'place-offer-lapsed']),
      reason: z.string().min(1).max(500),
      charge: CancellationChargeSchema,
    })
    .optional(),
});

const days = z.number().positive().max(40);

/** School-improvement days: a programme, Bronze (pay as you go), Silver or Gold. */
const SchoolImprovementRecord = RecordFields.extend({
  /** Absent on records from before kinds (read as school-improvement). */
  kind: z.literal('school-improvement').optional(),
  programme: Code,
  package: z.enum(['pay-as-you-go', 'silver', 'gold']),
  days,
  deliveries: z
    .array(z.object({ date: IsoDateText, days, note: z.string().max(500).optional(), recordedAt: Instant }))
    .optional(),
});

const delegates = z.array(DelegateSchema).min(1).max(30);

/** Every kind of recorded booking. */
const AnyRecord = z.discriminatedUnion('kind', [
  SchoolImprovementRecord,
  RecordFields.extend({ kind: z.literal('statutory-assessment-subscription') }),
  RecordFields.extend({ kind: z.literal('statutory-assessment-session'), session: Code, delegates }),
  RecordFields.extend({ kind: z.literal('moderation-training'), course: Code, delegates }),
  RecordFields.extend({
    kind: z.literal('event'),
    event: Code,
    delegates,
    themes: z.array(z.string().min(1).max(200)).max(10).optional(),
  }),
]);

/** A recorded booking; one without a `kind` (recorded before kinds) is school-improvement days. */
export const BookingRecordSchema = z.preprocess(
  (value) =>
    typeof value === 'object' && value !== null && !('kind' in value)
      ? { ...value, kind: 'school-improvement' }
      : value,
  AnyRecord,
);

/** A recorded booking as the API and the events carry it. */
export type BookingRecordData = z.infer<typeof BookingRecordSchema>;
