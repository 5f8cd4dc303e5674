/**
 * The date of a statement. The page's date unless the sentence dates it: "on March 6",
 * "At a December 7 news conference", "In 2017, Lavrov said…", "6 марта".
 */

const MONTHS: Record<string, number> = {};
const NAMES = [
  ['january', 'jan', 'января', 'январь', 'januar', 'janvier', 'enero'],
  ['february', 'feb', 'февраля', 'февраль', 'februar', 'fevrier', 'febrero'],
  ['march', 'mar', 'марта', 'март', 'marz', 'mars', 'marzo'],
  ['april', 'apr', 'апреля', 'апрель', 'avril', 'abril'],
  ['may', 'мая', 'май', 'mai', 'mayo'],
  ['june', 'jun', 'июня', 'июнь', 'juni', 'juin', 'junio'],
  ['july', 'jul', 'июля', 'июль', 'juli', 'juillet', 'julio'],
  ['august', 'aug', 'августа', 'август', 'aout', 'agosto'],
  ['september', 'sep', 'sept', 'сентября', 'сентябрь', 'septembre', 'septiembre'],
  ['october', 'oct', 'октября', 'октябрь', 'oktober', 'octobre', 'octubre'],
  ['november', 'nov', 'ноября', 'ноябрь', 'novembre', 'noviembre'],
  ['december', 'dec', 'декабря', 'декабрь', 'dezember', 'decembre', 'diciembre'],
];
NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const MONTH_RE = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const MONTH_DAY = new RegExp(`\\b(?:on|at an?|at the|el|le|am)?\\s*(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\b`, 'iu');
const DAY_MONTH = new RegExp(`(?:^|\\s)(\\d{1,2})\\.?\\s+(?:de\\s+)?(${MONTH_RE})(?:\\s+(?:de\\s+)?(\\d{4}))?(?=$|[\\s,.])`, 'iu');
const LEAD_YEAR = /^(?:in|в|im|en|au cours de)\s+(?:the\s+year\s+|jahr\s+)?((?:19|20)\d{2})\b/iu;

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** ISO date of the statement in `sentence`, or the page date. */
export function claimDate(sentence: string, published: string | undefined): string | null {
  const text = fold(sentence);
  const page = published && /^\d{4}/.test(published) ? published : null;
  const pageYear = page ? Number(page.slice(0, 4)) : null;
  const md = MONTH_DAY.exec(text);
  const dm = md ? null : DAY_MONTH.exec(text);
  const hit = md ? { month: MONTHS[md[1]!]!, day: Number(md[2]), year: md[3] } : dm ? { month: MONTHS[dm[2]!]!, day: Number(dm[1]), year: dm[3] } : null;
  if (hit && hit.day >= 1 && hit.day <= 31) {
    let year = hit.year ? Number(hit.year) : pageYear;
    if (year === null) return page;
    const iso = `${year}-${pad(hit.month)}-${pad(hit.day)}`;
    // "on December 7" in a January article is last year's December.
    if (!hit.year && page && page.length >= 7 && iso.slice(0, 7) > page.slice(0, 7)) year -= 1;
    return `${year}-${pad(hit.month)}-${pad(hit.day)}`;
  }
  const lead = LEAD_YEAR.exec(text.trim());
  if (lead) return lead[1]!;
  return page;
}

/** The first "20 October" / "October 20" / "20 октября" in `text` (no year needed), or null. */
export function monthDayIn(text: string): { month: number; day: number } | null {
  const folded = fold(text);
  const md = MONTH_DAY.exec(folded);
  const dm = md ? null : DAY_MONTH.exec(folded);
  const hit = md ? { month: MONTHS[md[1]!]!, day: Number(md[2]) } : dm ? { month: MONTHS[dm[2]!]!, day: Number(dm[1]) } : null;
  return hit && hit.day >= 1 && hit.day <= 31 ? hit : null;
}
