/**
 * Per-block language guess. Pages mix languages (an English site quoting TASS in
 * Russian), so the page's declared language is only a tie-breaker.
 */
import { isLang } from '../languages';
import type { Lang } from '../types';

// Words frequent in one language and rare in the others ("in", "a", "no" are shared, so left out),
// plus letters only one of them uses.
const STOPWORDS: Record<Exclude<Lang, 'ru'>, RegExp> = {
  en: /\b(the|and|of|to|is|that|was|said|has|with|for|not|would|this|russia|says)\b/g,
  de: /\b(der|die|und|das|nicht|ist|sich|mit|dem|den|ein|eine|sagte|auch|hat|habe|sei|keine?|russland|moskau|kreml|wahl\w*)\b|[äöüß]/g,
  fr: /\b(le|les|et|des|est|une|pas|dans|du|il|pour|qui|au|aux|n'a|ne|russie|moscou|accuse)\b|[éèêàçù]/g,
  es: /\b(el|los|las|y|que|del|una|por|con|se|para|es|ha|su|sus|rusia|acusa|niega|elecciones)\b|[ñ¿¡áíóú]/g,
};

export function detectLang(text: string, hint?: string): Lang {
  const sample = text.length > 1500 ? text.slice(0, 1500) : text;
  const cyr = (sample.match(/[\u0400-\u04FF]/g) ?? []).length;
  // Latin letters only matter against Cyrillic ones: without any, no array of every letter.
  const lat = cyr === 0 ? 0 : (sample.match(/[A-Za-z\u00C0-\u024F]/g) ?? []).length;
  if (cyr > lat) return 'ru';
  const lower = sample.toLowerCase();
  let best: Lang = normalizeHint(hint) ?? 'en';
  let bestScore = 0;
  for (const [lang, re] of Object.entries(STOPWORDS) as [Lang, RegExp][]) {
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
