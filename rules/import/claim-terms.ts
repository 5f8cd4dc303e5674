/**
 * Key phrases of a fact-checked claim, used as a rule's own `cues.terms`.
 *
 * A ClaimReview has only the claim's text, not a pattern, so the rule can only recognise the
 * claim being repeated. The heuristic (deliberately simple and predictable):
 *
 * 1. Split the claim into runs of plain words (punctuation, apostrophes and possessives break a
 *    run, because a term must match the text token for token).
 * 2. Distinctive words: at least 4 characters and not a common function word of the claim's
 *    language. Take the 3 longest (earlier wins a tie), as these are usually the names and
 *    content words ("ballots", "dominion", "presidential").
 * 3. Each distinctive word becomes a phrase with its neighbour on each side in its run:
 *    "voting machines switched". Single words match far too much news text ("election"), a
 *    three-word window from the claim almost only matches the claim itself or a close quote.
 *    A word with no neighbours is kept alone only when it is at least 7 characters long.
 *
 * A sentence that contains any one phrase fires the rule (`cues.any: ['terms']`). The price
 * is recall: a paraphrase that changes every phrase is not found. Terms are folded (lower case,
 * no accents), so they are never the case-sensitive all-capitals kind.
 */
import { parseTerm } from '../engine/lexicon';
import { tokenize, type Token } from '../engine/tokens';
import type { Lang } from '../types';

/** Function words of 4+ letters (shorter words are never distinctive anyway), folded. */
const STOPWORDS: Record<Lang, ReadonlySet<string>> = {
  en: words('that this with have from they were been will would there their about which when what said says than them into more also only over some such very just because does were while after before being could should these those other against between through without where your ours'),
  ru: words('что этот эта это эти как было были будет когда чтобы если тоже также только который которые которая более очень после перед между через даже того этого всех свои своих может есть нет'),
  de: words('dass diese dieser dieses eine einer eines einem einen nicht auch wird wurde wurden haben hatte sind sein seine ihre über unter nach durch gegen ohne zwischen wenn weil dann noch schon sehr aber oder sich werden kann'),
  fr: words('dans pour avec sont cette ces est une elle ils elles leur leurs mais plus tout tous toute comme sans entre avant après aussi très être avoir fait selon donc alors quand parce qui que'),
  es: words('para como pero más este esta estos estas sobre entre cuando porque también sido está están tiene tienen hacer todo todos toda sus una unos unas desde hasta contra según donde sin muy'),
};

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(' ').map((w) => w.normalize('NFD').replace(/\p{M}+/gu, '')));
}

const MAX_WORDS = 3;
const MIN_WORD = 4;
const MIN_ALONE = 7;
const PLAIN_WORD = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

/** The claim's key phrases for `cues.terms[lang]`; empty when it has nothing distinctive. */
export function claimTerms(claim: string, lang: Lang): string[] {
  const runs = plainRuns(tokenize(claim.slice(0, 5000)));
  const stop = STOPWORDS[lang];
  const candidates: { run: string[]; k: number; pos: number; norm: string }[] = [];
  let pos = 0;
  for (const run of runs) {
    run.forEach((norm, k) => {
      if (norm.length >= MIN_WORD && !stop.has(norm)) candidates.push({ run, k, pos, norm });
      pos++;
    });
  }
  candidates.sort((a, b) => b.norm.length - a.norm.length || a.pos - b.pos);
  const chosen = new Set<string>();
  const phrases: string[] = [];
  for (const c of candidates) {
    if (chosen.size >= MAX_WORDS) break;
    if (chosen.has(c.norm)) continue;
    chosen.add(c.norm);
    const phrase = c.run.slice(Math.max(0, c.k - 1), c.k + 2);
    if (phrase.length === 1 && c.norm.length < MIN_ALONE) continue;
    const term = phrase.join(' ');
    if (!phrases.includes(term)) phrases.push(term);
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
