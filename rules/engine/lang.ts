/**
 * Per-block language guess. Pages mix languages (an English site quoting TASS in
 * Russian), so the page's declared language is only a tie-breaker. Each language's marker
 * words and letters are data (rules/languages.json).
 */
import { isLang, LANGS, LANGUAGES, type Lang } from '../languages';

/** Per Latin-script language, one regex of its marker words and letters, built once. */
const MARKERS: [Lang, RegExp][] = LANGS.filter((l) => LANGUAGES[l].script === 'latin').map((l) => [
  l,
  markerRegex(LANGUAGES[l]),
]);
/** The language written in Cyrillic. */
const CYRILLIC_LANG = LANGS.find((l) => LANGUAGES[l].script === 'cyrillic');

function markerRegex(lang: { markers: readonly string[]; markerLetters: string }): RegExp {
  const words = lang.markers.map((w) => (w.endsWith('*') ? `${w.slice(0, -1)}\\w*` : w)).join('|');
  const letters = lang.markerLetters ? `|[${lang.markerLetters}]` : '';
  return new RegExp(`\\b(${words || '(?!)'})\\b${letters}`, 'g');
}

export function detectLang(text: string, hint?: string): Lang {
  const sample = text.length > 1500 ? text.slice(0, 1500) : text;
  const cyr = (sample.match(/[\u0400-\u04FF]/g) ?? []).length;
  // Latin letters only matter against Cyrillic ones: without any, no array of every letter.
  const lat = cyr === 0 ? 0 : (sample.match(/[A-Za-z\u00C0-\u024F]/g) ?? []).length;
  if (cyr > lat && CYRILLIC_LANG) return CYRILLIC_LANG;
  const lower = sample.toLowerCase();
  let best: Lang = normalizeHint(hint) ?? LANGS[0]!;
  let bestScore = 0;
  for (const [lang, re] of MARKERS) {
    const score = (lower.match(re) ?? []).length + (lang === best ? 0.5 : 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}

export function normalizeHint(hint: string | undefined): Lang | undefined {
  const code = hint?.slice(0, 2).toLowerCase();
  return code && isLang(code) ? code : undefined;
}
