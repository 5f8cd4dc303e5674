/**
 * Publication dates arrive in every shape (`2024-03-05T23:30:00-05:00`, `20240305`,
 * `March 5, 2024`). The engine wants the publisher's calendar day as YYYY-MM-DD: the date part is
 * read as written, never converted to UTC, so a late-evening article keeps its own date.
 */
export function normalizeDate(raw: string | null | undefined): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(text);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const slashed = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(text);
  if (slashed) return validDate(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  // Free-form English dates ("March 5, 2024"): Date.parse reads them as local midnight.
  if (/\d{4}/.test(text) && /[a-z]/i.test(text)) {
    const time = Date.parse(text);
    if (!Number.isNaN(time)) {
      const date = new Date(time);
      return validDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
    }
  }
  return undefined;
}

function validDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
