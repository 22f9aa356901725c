import * as z from 'zod';
import { CommsItemIdSchema } from './comms-item-id.ts';

const Day = z.iso.date();

/** `202` to `POST /comms/items`, `200` to an edit: the item's reference and the Monday it goes out. */
export const CommsItemAcceptedSchema = z.object({ itemId: CommsItemIdSchema, edition: Day });

/** An edition as `GET /editions/{date}` and `/preview` show it: its subject and both parts, every item in it. */
export const EditionViewSchema = z.object({
  edition: Day,
  /** Locked: it is (being) sent as shown. Not locked: the edition as it stands, items may still change. */
  locked: z.boolean(),
  lockedAt: z.iso.datetime({ offset: true }).optional(),
  /** When items for it close (an unlocked edition). */
  cutOff: z.string().optional(),
  itemCount: z.number().int().nonnegative(),
  run: z
    .object({
      status: z.enum(['queuing', 'queued', 'not-sent']),
      queued: z.number().int().nonnegative(),
      finishedAt: z.iso.datetime({ offset: true }).optional(),
      reason: z.string().optional(),
    })
    .nullable()
    .optional(),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
});

/** `GET /editions`: the locked editions, newest first. */
export const EditionListSchema = z.object({
  editions: z.array(
    z.object({
      edition: Day,
      lockedAt: z.iso.datetime({ offset: true }),
      itemCount: z.number().int().nonnegative(),
    }),
  ),
});

export { EditionDateSchema } from './edition-date.ts';
