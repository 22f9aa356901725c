/**
 * The iCalendar VTIMEZONE of Europe/London (RFC 5545 section 3.6.5), for a feed whose timed
 * events carry `TZID=Europe/London`.
 *
 * The text is tzurl.org's Outlook-compatible definition (from the IANA database, 2018g) as
 * `@touch4it/ical-timezones` 1.9.0 ships it; a test keeps the two identical. It is copied here
 * rather than read through that package because the package reads its zone files from disk
 * beside its own source (`fs.readFileSync(path.join(__dirname, 'zones', ...))`), which an
 * esbuild bundle for Lambda does not carry (and an ESM bundle has no `__dirname`): the
 * function would fail on its first timed event. The rule it states is the UK's since 1981
 * (Summer Time Order 2002, made under the Summer Time Act 1972): BST from 01:00 GMT on the
 * last Sunday in March to 02:00 BST (01:00 GMT) on the last Sunday in October.
 */
export const LONDON_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'TZURL:http://tzurl.org/zoneinfo-outlook/Europe/London',
  'X-LIC-LOCATION:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** The IANA name of London's time zone, as feeds write it in `TZID`. */
export const LONDON_TZID = 'Europe/London';

/**
 * A VTIMEZONE generator for ical-generator (`calendar.timezone({ name, generator })`): the
 * London definition for `Europe/London`, nothing for any other zone (the feed uses no other).
 */
export const londonVtimezone = (timezone: string): string | null =>
  timezone === LONDON_TZID ? LONDON_VTIMEZONE : null;
