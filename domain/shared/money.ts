/**
 * Money in integer pence. Formatting is plain arithmetic rather than `Intl.NumberFormat`: the
 * first Intl object in a process starts ICU (≈ 20 ms of cold start), which a handler that only
 * shows prices should not pay. The output is what `Intl.NumberFormat('en-GB', { style:
 * 'currency', currency: 'GBP' })` gives (a test holds the two together).
 */

/** Formats integer pence as pounds the way invoices show them: 124000 → "£1,240.00", -11700 → "-£117.00". */
export const formatPence = (pence: number): string => {
  if (!Number.isSafeInteger(pence)) throw new RangeError(`pence must be a whole number, got ${pence}`);
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  const pounds = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}£${pounds}.${String(abs % 100).padStart(2, '0')}`;
};

/** A percentage of an amount in pence, rounded half up to the nearest penny. */
export const percentOf = (pence: number, percent: number): number => Math.round((pence * percent) / 100);
