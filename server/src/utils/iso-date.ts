/**
 * Strict ISO 8601 dates as archives write them: `YYYY-MM-DD`, optionally followed by
 * `THH:MM`, seconds, a fraction and a zone (`Z` or `±HH:MM` / `±HHMM`). Every part is checked
 * against the calendar: JavaScript's `Date.parse` would take `"1"` as 2001-01-01 and roll
 * `"2023-02-30"` over to March 2nd. A date-time without a zone is read as UTC, so an import
 * gives the same result on every server.
 */
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The instant a strict ISO 8601 date names, or null when the text is not one. */
export const parseIsoDate = (text: string): Date | null => {
  const match = ISO.exec(text);
  if (!match) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', , zone] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (zone && zone !== 'Z') {
    const [zh, zm] = [Number(zone.slice(1, 3)), Number(zone.slice(-2))];
    if (zh > 23 || zm > 59) return null;
  }
  const time = Date.parse(
    match[4] === undefined
      ? `${y}-${mo}-${d}T00:00:00Z`
      : `${text.replace(' ', 'T')}${zone ? '' : 'Z'}`
  );
  return Number.isNaN(time) ? null : new Date(time);
};

export const isIsoDate = (text: string) => parseIsoDate(text) !== null;
