/**
 * Which election a claim is about: read from the claim's sentence, then the rest of its
 * passage (its paragraph and the one before), then the page title — never from any year that
 * happens to stand in the sentence. A year counts only next to an election word ("the 2016
 * election", "выборы 2024 года", "Bundestagswahl 2025"), so a dateline's year or "in 2018,
 * Peskov said" is not an election year. "This year", "upcoming", "this time" and "the
 * presidential election on 20 October" take the year of the claim. A country named without a
 * year is the country's election nearest the claim (within six months), if there is one.
 *
 * Country names and adjectives are lexicon data (`countries`, `electionNow` in
 * rules/lexicons/*.json); the election calendar is rules/data/elections.json.
 */
import type { ClaimElection, ElectionSource, Lang } from '../types';
import type { Engine, LexiconFile } from './compile';
import type { DateReader } from './dates';
import { Lexicon } from './lexicon';
import { tokenize, type Token } from './tokens';

export interface ElectionRead {
  elections: ClaimElection[];
  from: ElectionSource | null;
  /** The year was not said: it is the country's election nearest the claim. */
  inferred?: boolean;
}

interface Place {
  text: string;
  tokens?: Token[];
  lang: Lang;
}

/** Tokens within this distance of an election word may give its year. */
const YEAR_WINDOW = 3;
const HALF_YEAR_MS = 183 * 24 * 3600 * 1000;

const lexicons = new WeakMap<LexiconFile, Lexicon>();

/** The per-language matcher for countries (`country:XX`), "this year" words and election words. */
function lexiconFor(file: LexiconFile): Lexicon {
  let lex = lexicons.get(file);
  if (lex) return lex;
  const data = file as LexiconFile & {
    countries?: Record<string, string[]>;
    electionNow?: string[];
    electionWords?: string[];
  };
  lex = new Lexicon();
  for (const [code, terms] of Object.entries(data.countries ?? {}))
    for (const t of terms) lex.add(`country:${code}`, t);
  for (const t of data.electionNow ?? []) lex.add('now', t);
  // Words that name a vote itself ("election", "выборы", "Wahl"), not "campaign" or "results".
  for (const t of data.electionWords ?? file.categories['target-election'] ?? []) lex.add('election', t);
  for (const t of file.categories['this-time'] ?? []) lex.add('now', t);
  lexicons.set(file, lex);
  return lex;
}

interface PlaceFacts {
  countries: string[];
  /** Years next to an election word, nearest first, each with the country named nearest to it. */
  years: { year: number; country: string | null }[];
  now: boolean;
  election: boolean;
  monthDay: { month: number; day: number } | null;
}

/** Facts of texts read whole (paragraphs, titles), per lexicon file: every claim of a paragraph reads the same ones. */
const factsCache = new WeakMap<LexiconFile, Map<string, PlaceFacts>>();
const FACTS_CACHE_SIZE = 256;

function factsOf(engine: Engine, place: Place): PlaceFacts {
  const file = engine.lexiconFiles?.[place.lang];
  // Token lists given by the caller may be filtered (the accused country left out): not cached.
  if (!file || place.tokens) return computeFacts(engine.dates, file, place);
  let cache = factsCache.get(file);
  if (!cache) factsCache.set(file, (cache = new Map()));
  let facts = cache.get(place.text);
  if (!facts) {
    if (cache.size >= FACTS_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(place.text, (facts = computeFacts(engine.dates, file, place)));
  }
  return facts;
}

function computeFacts(dates: DateReader, file: LexiconFile | undefined, place: Place): PlaceFacts {
  const tokens = place.tokens ?? tokenize(place.text);
  const matches = file ? lexiconFor(file).match(tokens) : [];
  const countries: string[] = [];
  const countryAt: { code: string; at: number }[] = [];
  const electionAt: number[] = [];
  let now = false;
  for (const m of matches) {
    if (m.category.startsWith('country:')) {
      const code = m.category.slice(8);
      countryAt.push({ code, at: m.from });
      if (!countries.includes(code)) countries.push(code);
    } else if (m.category === 'election') electionAt.push(m.from);
    else if (m.category === 'now') now = true;
  }
  const years: { year: number; distance: number; country: string | null }[] = [];
  tokens.forEach((t, i) => {
    if (!/^(19|20)\d\d$/.test(t.norm)) return;
    const distance = Math.min(...electionAt.map((e) => Math.abs(e - i)));
    if (distance > YEAR_WINDOW) return;
    // "the 2016 U.S. election … Romania's": the year belongs to the country named nearest to it.
    const nearest = [...countryAt].sort((a, b) => Math.abs(a.at - i) - Math.abs(b.at - i))[0];
    years.push({ year: Number(t.norm), distance, country: nearest?.code ?? null });
  });
  years.sort((a, b) => a.distance - b.distance);
  // EU elections are named with "European"; a country named beside them is the more specific.
  const specific = countries.filter((c) => c !== 'EU');
  return {
    countries: specific.length > 0 && countries.includes('EU') && electionAt.length === 0 ? specific : countries,
    years: years.map(({ year, country }) => ({ year, country })),
    now,
    election: electionAt.length > 0,
    monthDay: electionAt.length > 0 ? dates.monthDayIn(place.text) : null,
  };
}

/**
 * The elections a claim is about, or none. `sentence` is the claim's sentence, `passage` the
 * other sentences of its paragraph and the paragraph before, `title` the page title.
 */
export function readElection(
  engine: Engine,
  places: { sentence: Place; passage: Place[]; title: Place | null },
  claimDate: string | null,
): ElectionRead {
  const claimYear = claimDate && /^\d{4}/.test(claimDate) ? Number(claimDate.slice(0, 4)) : null;
  const ordered: [ElectionSource, Place[]][] = [
    ['claim', [places.sentence]],
    ['passage', places.passage],
    ['title', places.title ? [places.title] : []],
  ];
  let countries: string[] = [];
  let year: number | null = null;
  let from: ElectionSource | null = null;
  let monthDay: PlaceFacts['monthDay'] = null;
  for (const [source, list] of ordered) {
    for (const place of list) {
      const f = factsOf(engine, place);
      // Outside the claim itself, only sentences about an election say which one.
      const counts = source === 'claim' || source === 'title' || f.election;
      if (!counts) continue;
      // A year or date said about another country's election is not this one's.
      if (countries.length > 0 && f.countries.length > 0 && !f.countries.some((c) => countries.includes(c))) continue;
      if (countries.length === 0 && f.countries.length > 0) {
        countries = f.countries;
        from ??= source;
      }
      if (year === null) {
        const y = f.years.find((x) => x.country === null || countries.length === 0 || countries.includes(x.country));
        if (y) {
          year = y.year;
          // The year's own country leads ("the 2016 U.S. election" in a sentence that names others).
          if (y.country && countries.includes(y.country))
            countries = [y.country, ...countries.filter((c) => c !== y.country)];
        }
      }
      // "This time we will not interfere in the election" — not "all this time, Russia has asked…".
      if (year === null && source === 'claim' && f.now && f.election && claimYear !== null) year = claimYear;
      monthDay ??= f.monthDay;
    }
    if (countries.length > 0 && year !== null) break;
  }
  const calendar = engine.elections?.elections ?? [];
  if (monthDay && claimYear !== null) {
    // "the presidential election on 20 October": the calendar says whose and which year.
    const iso = `-${String(monthDay.month).padStart(2, '0')}-${String(monthDay.day).padStart(2, '0')}`;
    const hit = calendar.find(
      (e) =>
        e.dates.some((d) => d === `${claimYear}${iso}` || d === `${claimYear + 1}${iso}`) &&
        (countries.length === 0 || countries.includes(e.country)),
    );
    if (hit) {
      if (countries.length === 0) {
        countries = [hit.country];
        from = 'date';
      }
      year ??= hit.year;
    }
  }
  if (countries.length === 0) return { elections: [], from: null };
  let inferred = false;
  if (year === null && claimDate) {
    year = nearestElection(calendar, countries[0]!, claimDate);
    inferred = year !== null;
  }
  return {
    elections: countries.map((country, i) => ({ country, year: i === 0 ? year : null })),
    from,
    ...(inferred ? { inferred } : {}),
  };
}

/** The country's election whose voting day is within six months of the claim, nearest first. */
function nearestElection(
  calendar: readonly { country: string; year: number; dates: string[] }[],
  country: string,
  claimDate: string,
): number | null {
  const at = Date.parse(
    claimDate.length === 4 ? `${claimDate}-07-01` : claimDate.length === 7 ? `${claimDate}-15` : claimDate,
  );
  if (Number.isNaN(at)) return null;
  let best: { year: number; gap: number } | null = null;
  for (const e of calendar) {
    if (e.country !== country) continue;
    for (const d of e.dates) {
      const gap = Math.abs(Date.parse(d) - at);
      if (gap <= HALF_YEAR_MS && (!best || gap < best.gap)) best = { year: e.year, gap };
    }
  }
  return best?.year ?? null;
}
