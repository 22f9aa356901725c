import type { OpenSchools, SchoolToWrite } from '#domain/editions/send-edition';
import type { DirectoryEntry, SchoolListing } from '#domain/schools/school-directory';

/**
 * The open schools of one local authority with their contacts, in URN order, from the schools
 * directory: schools GIAS calls "Open" and "Open, but proposed to close" (both still take
 * mail). The directory lists each status in URN order; the two lists are merged as they are
 * read, so the sending run can resume after a URN.
 */
export function directoryOpenSchools(listing: SchoolListing, laCode: string): OpenSchools {
  return {
    async *list(): AsyncIterable<SchoolToWrite> {
      const open = listing.listSchools({ laCode, status: 'open' })[Symbol.asyncIterator]();
      const closing = listing.listSchools({ laCode, status: 'proposed to close' })[Symbol.asyncIterator]();
      let a = await open.next();
      let b = await closing.next();
      const urn = (r: IteratorResult<DirectoryEntry>) =>
        r.done ? Number.POSITIVE_INFINITY : Number(r.value.school.urn);
      while (!a.done || !b.done) {
        if (urn(a) <= urn(b)) {
          yield a.value as DirectoryEntry;
          a = await open.next();
        } else {
          yield b.value as DirectoryEntry;
          b = await closing.next();
        }
      }
    },
  };
}
