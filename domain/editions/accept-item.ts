import { compareDates, type IsoDate } from '#domain/shared/iso-date';
import { ukLongDate } from '#domain/shared/london-time';
import type { CommsItem, CommsItemRequest } from '#events/comms-item';
import { DEFAULT_EDITION_SCHEDULE, type EditionSchedule, editionFor } from './edition-schedule.ts';

/** An item that is well formed but cannot go out as asked; `field` names what to change. */
export class CommsItemRejectedError extends Error {
  override readonly name = 'CommsItemRejectedError';
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

/**
 * Accepts a validated item form submitted at `submittedAt`: it goes out in the edition whose
 * cut-off it beat (see {@link editionFor}). An action-required item whose action-by date comes
 * before that edition's Monday is refused: schools would read it too late to act.
 */
export const acceptItem = (
  request: CommsItemRequest,
  meta: { readonly itemId: string; readonly submittedAt: Date; readonly schedule?: EditionSchedule },
): CommsItem => {
  const edition: IsoDate = editionFor(meta.submittedAt, meta.schedule ?? DEFAULT_EDITION_SCHEDULE);
  if (request.actionBy !== undefined && compareDates(request.actionBy, edition) < 0)
    throw new CommsItemRejectedError(
      'actionBy',
      `actionBy ${ukLongDate(request.actionBy)} is before the edition this item goes out in, ${ukLongDate(edition)}`,
    );
  return { ...request, itemId: meta.itemId, submittedAt: meta.submittedAt.toISOString(), edition };
};
