/**
 * The engine's entry point: text blocks in, findings with character offsets out.
 * Pure: no DOM, no browser APIs, no storage; the same code runs in the page and in Node.
 */
import type { DocumentInput, Finding } from '../types';
import type { Engine, Needs } from './compile';
import { analyzeFrame } from './frames';
import { attributeHeadlines, mergeSpans, toFinding } from './finding';
import { ruleMatches } from './match-rules';
import { firstTokenFrom } from './offsets';
import { mergeOverlaps } from './overlaps';
import { catsIn, matchesIn, PreparedDoc, type PreparedBlock } from './prepared';
import { inQuote, quoteAt } from './quotes';
import { AnchorScope, SentenceScope } from './scope';
import { Attributor } from './speaker';

export interface AnalysisOptions {
  /** Only these blocks produce findings (the others still give context): re-analysis of changed blocks. */
  only?: ReadonlySet<number>;
  /** Clock for time budgets; defaults to performance.now. */
  now?: () => number;
}

/**
 * An analysis that can be run in slices: `step(budgetMs)` works through blocks until the
 * budget is spent and returns true once every block is done. The content script runs it in
 * idle time so no task blocks the page; Node callers use `analyze()`.
 */
export interface Analysis {
  step(budgetMs: number): boolean;
  /** Findings so far; complete (headlines attributed, sorted) once `step` returned true. */
  readonly findings: Finding[];
}

export function startAnalysis(engine: Engine, input: DocumentInput, options: AnalysisOptions = {}): Analysis {
  const doc = new PreparedDoc(input, engine);
  const attributor = new Attributor(doc);
  const titleTopic = !!input.title && doc.topicIn(input.title);
  const found = new Map<string, Finding>();
  const now = options.now ?? (() => performance.now());
  let next = 0;
  /** Next sentence of block `next`: a step may stop inside a long block (sentences are bounded, see MAX_SENTENCE). */
  let sentence = 0;
  let done = false;
  let findings: Finding[] = [];
  return {
    get findings() {
      return done ? findings : [...found.values()];
    },
    step(budgetMs: number): boolean {
      if (done) return true;
      const until = now() + budgetMs;
      while (next < doc.size) {
        const i = next;
        if (sentence === 0 && !((!options.only || options.only.has(i)) && doc.isCandidate(i))) {
          next++;
        } else {
          const block = doc.block(i);
          if (sentence < block.sentences.length)
            analyzeSentence(engine, input, doc, attributor, titleTopic, block, sentence, found);
          if (++sentence >= block.sentences.length) {
            next++;
            sentence = 0;
          }
        }
        if (now() >= until) break;
      }
      if (next < doc.size) return false;
      findings = mergeOverlaps(
        attributeHeadlines(doc, [...found.values()]),
        (b) => input.blocks[b]!.text,
        (b, from, to) => clauseStarts(doc.block(b), from, to),
      );
      done = true;
      return true;
    },
  };
}

/** Analyses a whole document at once. */
export function analyze(engine: Engine, input: DocumentInput, options: AnalysisOptions = {}): Finding[] {
  const analysis = startAnalysis(engine, input, options);
  while (!analysis.step(Number.POSITIVE_INFINITY));
  return analysis.findings;
}

function analyzeSentence(
  engine: Engine,
  input: DocumentInput,
  doc: PreparedDoc,
  attributor: Attributor,
  titleTopic: boolean,
  block: PreparedBlock,
  si: number,
  findings: Map<string, Finding>,
): void {
  const sent = block.sentences[si]!;
  const anchors = matchesIn(block, sent.t0, sent.t1, (c) => engine.byAnchor.has(c));
  if (anchors.length === 0) return;
  const scope = new SentenceScope(doc, block, sent, si, catsIn(block, sent.t0, sent.t1), titleTopic);
  for (const anchor of anchors) {
    // What every rule on this anchor needs in its sentence (see requirementsOf): most anchors
    // in a candidate paragraph are other sentences' words ("influence the market").
    if (!sentenceHasNeeds(engine.needsByAnchor.get(anchor.category) ?? [], scope)) continue;
    const tok = block.tokens[anchor.from]!;
    const quoteIdx = inQuote(block.quotes, tok.start, tok.end) ? quoteAt(block.quotes, tok.start) : -1;
    const facts = new AnchorScope(scope, attributor, anchor.from, quoteIdx);
    const frame = engine.predicates.has(anchor.category)
      ? analyzeFrame(block, sent, anchor.from, anchor.to, anchor.category, facts)
      : null;
    facts.frame = frame;
    for (const cr of engine.byAnchor.get(anchor.category) ?? []) {
      if (!ruleMatches(cr, frame, facts)) continue;
      const f = toFinding(engine, input, block, sent, quoteIdx, anchor, frame, cr, facts.speaker);
      const key = `${f.block}:${si}:${f.pattern}`;
      const seen = findings.get(key);
      findings.set(key, seen ? mergeSpans(block, seen, f) : f);
    }
  }
}

const CLAUSE_PUNCT = /^[,;:—–"“”„«»]$/;

/** Offsets in [from, to) where a clause may start: after a comma or dash, at "but"/"and" (lexicon boundary and coordinator words). */
function clauseStarts(block: PreparedBlock, from: number, to: number): number[] {
  const out: number[] = [];
  const lo = firstTokenFrom(block.tokens, from);
  if (lo < 0) return out;
  for (let i = lo; i < block.tokens.length && block.tokens[i]!.end <= to; i++) {
    const t = block.tokens[i]!;
    if (!t.word && CLAUSE_PUNCT.test(t.raw)) out.push(t.end);
    else if (block.tokenCats[i]!.has('boundary') || block.wordClasses.coordinator.has(t.norm)) out.push(t.start);
  }
  return out;
}

function sentenceHasNeeds(list: readonly Needs[], scope: SentenceScope): boolean {
  return list.some(
    (needs) =>
      needs.groups.every((g) => g.some((c) => scope.cats.has(c))) &&
      (needs.near ?? []).every((g) => g.some((c) => scope.nearCats.has(c))),
  );
}
