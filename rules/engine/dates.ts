/**
 * The date of a statement. The page's date unless the sentence dates it: "on March 6",
 * "At a December 7 news conference", "In 2017, Lavrov said…", "6 марта".
 * Month names and the words around a date are each language's `dates` in rules/lexicons; one
 * reader holds every language's (a date may be written in the page's language in a quote of another).
 */

/** A lexicon file's `dates`: multi-word entries match with any spaces between their words. */
export interface DateWords {
  /** Twelve lists, January first. */
  months: readonly (readonly string[])[];
  /** Before "March 6": "on", "at the", "am". */
  beforeMonth: readonly string[];
  /** Between day, month and year: "6 de marzo de 2020". */
  dayMonthLink: readonly string[];
  /** Before a year that opens the sentence: "In 2017, …". */
  beforeYear: readonly string[];
  /** Between that word and the year: "In the year 2017". */
  yearWord: readonly string[];
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Entries as alternatives, longest first, spaces as `\s+`. */
function alternatives(words: Iterable<string>): string {
  const unique = [...new Set([...words].map(fold))].sort((a, b) => b.length - a.length);
  return unique.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+')).join('|');
}

export class DateReader {
  private months = new Map<string, number>();
  private monthDay: RegExp;
  private dayMonth: RegExp;
  private leadYear: RegExp;

  constructor(files: Iterable<{ dates: DateWords }>) {
    const list = [...files].map((f) => f.dates);
    for (const d of list) d.months.forEach((names, i) => names.forEach((n) => this.months.set(fold(n), i + 1)));
    const month = alternatives(this.months.keys());
    const before = alternatives(list.flatMap((d) => d.beforeMonth));
    const link = alternatives(list.flatMap((d) => d.dayMonthLink));
    const linkOpt = link ? `(?:(?:${link})\\s+)?` : '';
    const year = alternatives(list.flatMap((d) => d.beforeYear));
    const yearWord = alternatives(list.flatMap((d) => d.yearWord));
    this.monthDay = new RegExp(`\\b(?:${before})?\\s*(${month})\\.?\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\b`, 'iu');
    this.dayMonth = new RegExp(
      `(?:^|\\s)(\\d{1,2})\\.?\\s+${linkOpt}(${month})(?:\\s+${linkOpt}(\\d{4}))?(?=$|[\\s,.])`,
      'iu',
    );
    this.leadYear = new RegExp(
      `^(?:${year || '(?!)'})\\s+${yearWord ? `(?:(?:${yearWord})\\s+)?` : ''}((?:19|20)\\d{2})\\b`,
      'iu',
    );
  }

  /** ISO date of the statement in `sentence`, or the page date. */
  claimDate(sentence: string, published: string | undefined): string | null {
    const text = fold(sentence);
    const page = published && /^\d{4}/.test(published) ? published : null;
    const pageYear = page ? Number(page.slice(0, 4)) : null;
    const hit = this.find(text);
    if (hit) {
      let year = hit.year ? Number(hit.year) : pageYear;
      if (year === null) return page;
      const iso = `${year}-${pad(hit.month)}-${pad(hit.day)}`;
      // "on December 7" in a January article is last year's December.
      if (!hit.year && page && page.length >= 7 && iso.slice(0, 7) > page.slice(0, 7)) year -= 1;
      return `${year}-${pad(hit.month)}-${pad(hit.day)}`;
    }
    const lead = this.leadYear.exec(text.trim());
    if (lead) return lead[1]!;
    return page;
  }

  /** The first "20 October" / "October 20" / "20 октября" in `text` (no year needed), or null. */
  monthDayIn(text: string): { month: number; day: number } | null {
    const hit = this.find(fold(text));
    return hit ? { month: hit.month, day: hit.day } : null;
  }

  private find(folded: string): { month: number; day: number; year: string | undefined } | null {
    const md = this.monthDay.exec(folded);
    const dm = md ? null : this.dayMonth.exec(folded);
    const hit = md
      ? { month: this.months.get(md[1]!)!, day: Number(md[2]), year: md[3] }
      : dm
        ? { month: this.months.get(dm[2]!)!, day: Number(dm[1]), year: dm[3] }
        : null;
    return hit && hit.day >= 1 && hit.day <= 31 ? hit : null;
  }
}
