/**
 * Key phrases of a fact-checked claim, used as a rule's own `cues.terms`.
 *
 * A ClaimReview has only the claim's text, not a pattern, so the rule can only recognise the
 * claim being repeated. The heuristic (deliberately simple and predictable):
 *
 * 1. Split the claim into runs of plain words (punctuation, apostrophes and possessives break a
 *    run, because a term must match the text token for token).
 * 2. Content words: 3+ characters and not a common function word of the claim's language
 *    (its lexicon's grammar class `stopword`).
 *    The 3 longest (earlier wins a tie) are the distinctive words: usually names and content
 *    words ("absolutely", "operating", "dominion").
 * 3. Each distinctive word becomes a phrase reaching to the nearest other content word in its
 *    run, at most 3 words away (the following one wins a tie), with the function words between:
 *    "absolutely no russian", "farms operating". Single words match far too much news text
 *    ("campaign"); two content words in the claim's own order almost only match the claim itself
 *    or a close quote. A word with no content neighbour is kept alone only if it has 10+ letters.
 *
 * A sentence that contains any one phrase fires the rule (`cues.any: ['terms']`). The price
 * is recall: a paraphrase that changes every phrase is not found. Terms are folded (lower case,
 * no accents), so they are never the case-sensitive all-capitals kind.
 */
import { parseTerm } from '../engine/lexicon';
import { LEXICONS } from '../bundled';
import { compileGrammar, type WordSet } from '../engine/grammar';
import { tokenize, type Token } from '../engine/tokens';
import type { Lang } from '../types';

/** Function words, folded. */
/** Each language's function words (grammar class `stopword`), compiled on first use. */
const stopwords = new Map<Lang, WordSet>();

function stopwordsOf(lang: Lang): WordSet {
  let set = stopwords.get(lang);
  if (!set) stopwords.set(lang, (set = compileGrammar([LEXICONS[lang]]).stopword));
  return set;
}

const MAX_WORDS = 3;
const MIN_CONTENT = 3;
const MAX_GAP = 3;
const MIN_ALONE = 10;
const PLAIN_WORD = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

/** The claim's key phrases for `cues.terms[lang]`; empty when it has nothing distinctive. */
export function claimTerms(claim: string, lang: Lang): string[] {
  const stop = stopwordsOf(lang);
  const isContent = (w: string | undefined) => w !== undefined && w.length >= MIN_CONTENT && !stop.has(w);
  const candidates: { run: string[]; k: number; pos: number; norm: string }[] = [];
  let pos = 0;
  for (const run of plainRuns(tokenize(claim.slice(0, 5000)))) {
    run.forEach((norm, k) => {
      if (isContent(norm)) candidates.push({ run, k, pos, norm });
      pos++;
    });
  }
  candidates.sort((a, b) => b.norm.length - a.norm.length || a.pos - b.pos);
  const chosen = new Set<string>();
  const phrases: string[] = [];
  for (const { run, k, norm } of candidates) {
    if (chosen.size >= MAX_WORDS) break;
    if (chosen.has(norm)) continue;
    chosen.add(norm);
    let phrase: string[] | null = norm.length >= MIN_ALONE ? [norm] : null;
    for (let d = 1; d <= MAX_GAP; d++) {
      if (isContent(run[k + d])) phrase = run.slice(k, k + d + 1);
      else if (k - d >= 0 && isContent(run[k - d])) phrase = run.slice(k - d, k + 1);
      else continue;
      break;
    }
    const term = phrase?.join(' ');
    if (term && !phrases.includes(term)) phrases.push(term);
  }
  return phrases;
}

/** Runs of consecutive word tokens that a term written as their folded forms matches exactly. */
function plainRuns(tokens: readonly Token[]): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const t of tokens) {
    if (t.word && PLAIN_WORD.test(t.raw) && roundTrips(t.norm)) {
      run.push(t.norm);
      continue;
    }
    if (run.length) runs.push(run);
    run = [];
  }
  if (run.length) runs.push(run);
  return runs;
}

/** True when the engine parses `norm` back into exactly this one word (no wildcard, no split). */
function roundTrips(norm: string): boolean {
  const pieces = parseTerm(norm);
  const p = pieces[0];
  return pieces.length === 1 && p?.kind === 'exact' && p.value === norm;
}
