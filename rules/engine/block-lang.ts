/**
 * The language of one block of a page, for the extractor to record on it (`TextBlock.lang`) and
 * the engine to analyse it with. Pages mix languages — an English quote on a French, Czech or
 * Arabic page — and only what a block's own words say can tell. Built on `detectLang` (lang.ts),
 * whose page-language hint breaks ties, so a block only leaves the declared language on evidence.
 */
import { LANGS, LANGUAGES, type Lang } from '../types';
import { detectLang, normalizeHint } from './lang';

/** Blocks shorter than this keep the declared language: too few words to count. */
const MIN_CHARS = 30;
/** Characters of a block looked at: some fifty words decide, and detection costs per character. */
const SAMPLE_CHARS = 300;
const CYRILLIC = /[\u0400-\u04FF]/;

/**
 * `declared`: the language the page (or an enclosing element) declares, any code (`cs`, `ar`).
 * Returns a two-letter code, or undefined when nothing is declared and the text shows no
 * language the engine knows.
 */
export function detectBlockLang(text: string, declared: string | undefined): string | undefined {
  const code = primaryCode(declared);
  if (text.length < MIN_CHARS) return code;
  text = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const hint = normalizeHint(code);
  // A known declared language: it wins unless another has at least two more of its marker words
  // (one more is a name or a stray "et"; the extra word below gives the declared one a lead).
  if (hint) return detectLang(withLead(text, hint), hint);
  // Unknown or no declared language: trust the text only when its winner does not depend on
  // which language is given that lead — it then clearly has more marker words than any other.
  if (CYRILLIC.test(text)) return detectLang(text);
  // Letters count for a language in lang.ts (á, é, ñ…), but many languages it does not know
  // use them too (Czech, Portuguese): here only words are evidence.
  const words = text.replace(/[^\u0000-\u007F]/g, ' ');
  const guesses = new Set(LATIN.map((l) => detectLang(withLead(words, l), l)));
  return guesses.size === 1 ? [...guesses][0] : code;
}

const LATIN = LANGS.filter((l) => LANGUAGES[l].script === 'latin');

/** The text with one frequent marker word of `lang` (rules/languages.json `lead`): a one-word lead. */
function withLead(text: string, lang: Lang): string {
  const lead = LANGUAGES[lang].lead;
  return lead ? `${text} ${lead}` : text;
}

/** `en-GB` → `en`; undefined for anything that is not a language subtag. */
export function primaryCode(value: string | null | undefined): string | undefined {
  const code = value?.trim().split(/[-_]/)[0]?.toLowerCase();
  return code && /^[a-z]{2,3}$/.test(code) ? code : undefined;
}
