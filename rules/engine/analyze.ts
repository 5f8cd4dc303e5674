/**
 * The engine's entry point: text blocks in, findings with character offsets out.
 * Pure: no DOM, no browser APIs, no storage; the same code runs in the page and in Node.
 */
import type { DocumentInput, Finding } from '../types';
import type { Engine, Needs } from './compile';
import { analyzeFrame, type AgentKind } from './frames';
import { attributeHeadlines, mergeSpans, toFinding } from './finding';
import { ruleMatches, type SentenceFacts } from './match-rules';
import { catsIn, matchesIn, PreparedDoc, type PreparedBlock, type Sentence } from './prepared';
import { Attributor } from './speaker';

const CONTEXT_BLOCKS = 4;

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
        const i = next++;
        if ((!options.only || options.only.has(i)) && doc.isCandidate(i)) analyzeBlock(engine, input, doc, attributor, titleTopic, i, found);
        if (now() >= until) break;
      }
      if (next < doc.size) return false;
      findings = attributeHeadlines(doc, [...found.values()]).sort((a, b) => a.block - b.block || a.start - b.start);
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

function analyzeBlock(
  engine: Engine,
  input: DocumentInput,
  doc: PreparedDoc,
  attributor: Attributor,
  titleTopic: boolean,
  i: number,
  findings: Map<string, Finding>,
): void {
  const predicates = engine.predicates;
  const block = doc.block(i);
  block.sentences.forEach((sent, si) => {
    const anchors = matchesIn(block, sent.t0, sent.t1, (c) => engine.byAnchor.has(c));
    if (anchors.length === 0) return;
    const cats = catsIn(block, sent.t0, sent.t1);
    // What looks back (the previous sentences, often in the previous paragraph, the speaker)
    // is worked out only when a rule gets far enough to ask: most anchors fail on the frame.
    const nearCats = lazy(() => {
      // "Near" reaches the two previous sentences, across a paragraph break when needed.
      const near = new Set(cats);
      for (const [b, s] of previousSentences(doc, block, si, 2)) for (const c of catsIn(b, s.t0, s.t1)) near.add(c);
      return near;
    });
    const context = lazy(() => titleTopic || hasContext(doc, block, si, i));
    const otherTopic = otherTopicVeto(block, sent, cats, nearCats);
    for (const anchor of anchors) {
      // What every rule on this anchor needs in its sentence (see requirementsOf): most anchors
      // in a candidate paragraph are other sentences' words ("influence the market").
      if (!sentenceHasNeeds(engine.needsByAnchor.get(anchor.category) ?? [], cats, nearCats)) continue;
      const quoteIdx = block.quotes.findIndex((q) => block.tokens[anchor.from]!.start >= q.start && block.tokens[anchor.from]!.end <= q.end);
      const speaker = lazy(() => (quoteIdx >= 0 ? attributor.forQuote(i, quoteIdx) : attributor.forSentence(i, si)));
      const frame = predicates.has(anchor.category)
        ? analyzeFrame(block, sent, anchor.from, anchor.to, anchor.category, {
            get russianSpeaker() {
              return speaker()?.russian ?? false;
            },
            quoted: quoteIdx >= 0,
            get priorTarget() {
              return priorTarget(doc, block, si);
            },
            get priorAgent() {
              return priorAgent(doc, block, si);
            },
            get topic() {
              return context() || cats.has('investigation');
            },
            get otherTopicNear() {
              return otherTopic(anchor.from);
            },
          })
        : null;
      // "Trump said Putin denied interfering": the denial is Putin's.
      const who = lazy(() => {
        const denier = frame?.polarity === 'denied' && frame.polarityAt !== null && quoteIdx < 0 ? attributor.denierAt(i, frame.polarityAt) : null;
        return denier && denier.name !== speaker()?.name ? denier : speaker();
      });
      const facts: SentenceFacts = {
        cats,
        get nearCats() {
          return nearCats();
        },
        get beforeCats() {
          return catsIn(block, sent.t0, anchor.from);
        },
        get context() {
          return context();
        },
        get speaker() {
          return who();
        },
        lang: block.lang,
        get otherTopic() {
          return otherTopic(anchor.from);
        },
      };
      for (const cr of engine.byAnchor.get(anchor.category) ?? []) {
        if (!ruleMatches(cr, frame, facts)) continue;
        const f = toFinding(engine, input, block, sent, quoteIdx, anchor, frame, cr, who());
        const key = `${f.block}:${si}:${f.pattern}`;
        const seen = findings.get(key);
        findings.set(key, seen ? mergeSpans(block, seen, f) : f);
      }
    }
  });
}

function sentenceHasNeeds(list: readonly Needs[], cats: Set<string>, nearCats: () => Set<string>): boolean {
  return list.some(
    (needs) => needs.groups.every((g) => g.some((c) => cats.has(c))) && (needs.near ?? []).every((g) => g.some((c) => nearCats().has(c))),
  );
}

/** A value computed on first call, then remembered. */
function lazy<T>(fn: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = fn();
      done = true;
    }
    return value;
  };
}

/**
 * Whether another subject (troops, doping, a crash…) rather than the elections is what the
 * words at `at` are about: the nearer of the two in the sentence wins; from the previous
 * sentences another subject counts only if this sentence names no election.
 */
function otherTopicVeto(block: PreparedBlock, sent: Sentence, cats: Set<string>, nearCats: () => Set<string>): (at: number) => boolean {
  const others: number[] = [];
  const topics: number[] = [];
  for (let t = sent.t0; t < sent.t1; t++) {
    if (block.tokenCats[t]!.has('other-topic')) others.push(t);
    if (block.tokenCats[t]!.has('topic')) topics.push(t);
  }
  const nearest = (list: number[], at: number) => Math.min(...list.map((t) => Math.abs(t - at)));
  return (at) => {
    if (others.length > 0) return topics.length === 0 || nearest(others, at) < nearest(topics, at);
    return !cats.has('topic') && nearCats().has('other-topic');
  };
}

function hasContext(doc: PreparedDoc, block: PreparedBlock, si: number, b: number): boolean {
  for (let s = Math.max(0, si - 4); s <= Math.min(si + 1, block.sentences.length - 1); s++) {
    const sent = block.sentences[s]!;
    if (catsIn(block, sent.t0, sent.t1).has('topic')) return true;
  }
  for (let p = Math.max(0, b - CONTEXT_BLOCKS); p < b; p++) if (doc.hasTopic(p)) return true;
  return false;
}

// What "we do not intend to interfere." may refer back to: a target, or the predicate itself.
const TARGET_CATS = ['target-election', 'target-affairs', 'target-country', 'target-self', 'target-hack', 'interference'];

function previousSentences(doc: PreparedDoc, block: PreparedBlock, si: number, n: number): [PreparedBlock, Sentence][] {
  const out: [PreparedBlock, Sentence][] = [];
  for (let s = si - 1; s >= 0 && out.length < n; s--) out.push([block, block.sentences[s]!]);
  if (out.length < n && block.index > 0) {
    const prev = doc.block(block.index - 1);
    for (let s = prev.sentences.length - 1; s >= 0 && out.length < n; s--) out.push([prev, prev.sentences[s]!]);
  }
  return out;
}

function priorTarget(doc: PreparedDoc, block: PreparedBlock, si: number): boolean {
  return previousSentences(doc, block, si, 2).some(([b, s]) => {
    const cats = catsIn(b, s.t0, s.t1);
    return TARGET_CATS.some((c) => cats.has(c));
  });
}

function priorAgent(doc: PreparedDoc, block: PreparedBlock, si: number): AgentKind {
  for (const [b, s] of previousSentences(doc, block, si, 4)) {
    for (let t = s.t1 - 1; t >= s.t0; t--) {
      const cats = b.tokenCats[t]!;
      if (cats.has('agent-accuser')) return 'accuser';
      if (cats.has('agent-russia')) return 'russia';
    }
  }
  return 'unknown';
}
