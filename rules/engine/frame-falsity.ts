/**
 * "It would be absurd to think that Russia could influence the election", "Информация о
 * причастности России к вмешательству является фальшивкой": the speaker calls the proposition
 * that Russia interfered false — a denial, though no negation governs the predicate. Three shapes,
 * both within one sentence:
 * - a falsity or absurdity word (lexicon categories `falsity`, `absurdity`) a few words before a
 *   complementizer that opens the predicate's clause ("absurd to think that…", "чушь, что…"), no
 *   allegation noun between ("called nonsense the reports that…" judges the reports: a dismissal);
 * - the predicate inside a subject headed by an allegation or report noun (category
 *   `allegation`, grammar class `claim-noun`), then a copula and a word of falsity proper ("the
 *   reports that Russia meddled are false", "… является фальшивкой"); "the accusations are
 *   absurd" stays a dismissal, as reporters and labels have it;
 * - a rhetorical question of disbelief before the complementizer ("Does anyone seriously imagine
 *   that…?", category `disbelief`), or an impossibility word right before the predicate.
 */
import type { Frame } from './frame-base';
import type { PreparedBlock, Sentence } from './prepared';

/** Words from the falsity word to the complementizer: "absurd | to think | that". */
const TO_COMPLEMENTIZER = 5;
/** Words from the complementizer to the predicate: "that | any country, including Russia, could | influence". */
const TO_PREDICATE = 12;
/** Words from the subject's head noun to the predicate: "information about the alleged | involvement". */
const HEAD_BEFORE = 6;
/** Words from the predicate to the falsity word: "… in German politics | is a | fake". */
const FALSITY_AFTER = 14;

/** Words from "impossible" to the predicate: "impossible | to | influence", "l'impossibilité | d' | intervenir". */
const IMPOSSIBLE_BEFORE = 3;

/** The token of the falsity word that judges the frame's proposition, or null. */
export function falsityOver(block: PreparedBlock, sent: Sentence, f: Frame): number | null {
  return falsityBefore(block, sent, f) ?? falsityAfter(block, sent, f) ?? impossibleBefore(block, sent, f);
}

/**
 * "It is impossible to influence the elections from outside", "the impossibility of intervention
 * in the election", "невозможно повлиять на выборы": an impossibility word (category
 * `impossibility`) right before the predicate.
 */
function impossibleBefore(block: PreparedBlock, sent: Sentence, f: Frame): number | null {
  for (let i = f.from - 1; i >= Math.max(sent.t0, f.from - IMPOSSIBLE_BEFORE); i--)
    if (block.tokenCats[i]!.has('impossibility')) return i;
  return null;
}

function falsityBefore(block: PreparedBlock, sent: Sentence, f: Frame): number | null {
  for (let c = f.from - 1; c >= Math.max(sent.t0, f.from - TO_PREDICATE); c--) {
    if (!block.grammar.complementizer.has(block.tokens[c]!.norm)) continue;
    for (let i = c - 1; i >= Math.max(sent.t0, c - TO_COMPLEMENTIZER); i--) {
      const cats = block.tokenCats[i]!;
      if (cats.has('falsity') || cats.has('absurdity')) return i;
      // "Does anyone seriously imagine that Russia can somehow influence…?": a rhetorical question.
      if (cats.has('disbelief') && asked(block, sent, f)) return i;
      // "called nonsense the reports that…": the words judge the reports, a dismissal.
      if (cats.has('allegation') || block.grammar['claim-noun'].has(block.tokens[i]!.norm)) return null;
      // "absurd, as he put it; that…": a clause break between them.
      if (!block.tokens[i]!.word && /^[;:—–()"“”«»]$/.test(block.tokens[i]!.raw)) break;
    }
    return null;
  }
  return null;
}

function falsityAfter(block: PreparedBlock, sent: Sentence, f: Frame): number | null {
  let head = false;
  for (let i = f.from - 1; i >= Math.max(sent.t0, f.from - HEAD_BEFORE) && !head; i--)
    head = block.tokenCats[i]!.has('allegation') || block.grammar['claim-noun'].has(block.tokens[i]!.norm);
  if (!head) return null;
  const end = Math.min(sent.t1, f.to + FALSITY_AFTER);
  for (let i = f.to; i < end; i++) {
    if (!block.grammar['judgement-copula'].has(block.tokens[i]!.norm)) continue;
    // "… is a fake", "… являются ложью", "… sont des fantasmes": the falsity word right after the copula.
    for (let k = i + 1; k < Math.min(end, i + 4); k++) if (block.tokenCats[k]!.has('falsity')) return k;
    return null;
  }
  return null;
}

/** A question mark after the predicate in its sentence (the quote may end there: "…?» — спросил Песков."). */
function asked(block: PreparedBlock, sent: Sentence, f: Frame): boolean {
  for (let i = f.to; i < sent.t1; i++) if (block.tokens[i]!.raw === '?') return true;
  return false;
}
