const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) of an instant in Europe/London, across GMT and BST. */
export const ukDateOf = (instant: Date): string => londonDate.format(instant);

const londonLong = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** An instant as people in the council read it: "Monday 23 November 2026". */
export const ukLongDateOf = (instant: Date): string => londonLong.format(instant).replace(',', '');
