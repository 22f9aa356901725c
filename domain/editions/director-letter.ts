import type { IsoDate } from '#domain/shared/iso-date';

/** The short letter from the Director of Education that opens an edition (one per edition). */
export interface DirectorLetter {
  /** The Monday of the edition it opens. */
  readonly edition: IsoDate;
  /** Restricted Markdown (domain/shared/restricted-markdown.ts), like an item's body. */
  readonly body: string;
  /** Who signs it, as it should read: "Alex Morgan, Director of Education". */
  readonly signedBy: string;
}
