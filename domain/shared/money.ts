const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** Formats integer pence as pounds the way invoices show them: 124000 → "£1,240.00". */
export const formatPence = (pence: number): string => pounds.format(pence / 100);

/** A percentage of an amount in pence, rounded half up to the nearest penny. */
export const percentOf = (pence: number, percent: number): number => Math.round((pence * percent) / 100);
