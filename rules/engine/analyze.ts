/**
 * The engine's entry point: text blocks in, findings with character offsets out.
 * Pure: no DOM, no browser APIs, no storage; the same code runs in the page and in Node.
 */
import type { DocumentInput, Finding, MatchedCue, PatternId } from '../types';
import type { CompiledRule, Engine } from './compile';
import { claimDate } from './dates';
import { analyzeFrame, clauseBounds, type AgentKind, type Frame } from './frames';
import type { CueMatch } from './lexicon';
import { ruleMatches, type SentenceFacts } from './match-rules';
import { catsIn, PreparedDoc, type PreparedBlock, type Sentence } from './prepared';
import { Attributor, type Speaker } from './speaker';
import { claimTopics, selectAssessments } from './topics';

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
    const cats = catsIn(block, sent.t0, sent.t1);
    const anchors = block.matches.filter((m) => m.from >= sent.t0 && m.from < sent.t1 && engine.byAnchor.has(m.category));
    if (anchors.length === 0) return;
    // "Near" reaches the two previous sentences, across a paragraph break when needed.
    const nearCats = new Set(cats);
    for (const [b, s] of previousSentences(doc, block, si, 2)) for (const c of catsIn(b, s.t0, s.t1)) nearCats.add(c);
    const context = titleTopic || hasContext(doc, block, si, i);
    for (const anchor of anchors) {
      const quoteIdx = block.quotes.findIndex((q) => block.tokens[anchor.from]!.start >= q.start && block.tokens[anchor.from]!.end <= q.end);
      const speaker = quoteIdx >= 0 ? attributor.forQuote(i, quoteIdx) : attributor.forSentence(i, si);
      const beforeCats = catsIn(block, sent.t0, anchor.from);
      const facts: SentenceFacts = { cats, nearCats, beforeCats, context, speaker, lang: block.lang };
      const frame = predicates.has(anchor.category)
        ? analyzeFrame(block, sent, anchor.from, anchor.to, anchor.category, {
            russianSpeaker: speaker?.russian ?? false,
            quoted: quoteIdx >= 0,
            priorTarget: priorTarget(doc, block, si),
            priorAgent: priorAgent(doc, block, si),
            topic: context || cats.has('investigation'),
            otherTopicNear: nearCats.has('other-topic'),
          })
        : null;
      // "Trump said Putin denied interfering": the denial is Putin's.
      const denier = frame?.polarity === 'denied' && frame.polarityAt !== null && quoteIdx < 0 ? attributor.denierAt(i, frame.polarityAt) : null;
      const who = denier && denier.name !== speaker?.name ? denier : speaker;
      for (const cr of engine.byAnchor.get(anchor.category) ?? []) {
        if (!ruleMatches(cr, frame, { ...facts, speaker: who })) continue;
        const f = toFinding(engine, input, block, sent, quoteIdx, anchor, frame, cr, who);
        const key = `${f.block}:${si}:${f.pattern}`;
        const seen = findings.get(key);
        findings.set(key, seen ? mergeSpans(block, seen, f) : f);
      }
    }
  });
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

function toFinding(
  engine: Engine,
  input: DocumentInput,
  block: PreparedBlock,
  sent: Sentence,
  quoteIdx: number,
  anchor: CueMatch,
  frame: Frame | null,
  cr: CompiledRule,
  speaker: Speaker | null,
): Finding {
  let start = sent.start;
  let end = sent.end;
  if (quoteIdx >= 0) {
    const q = block.quotes[quoteIdx]!;
    start = Math.max(start, q.start);
    end = Math.min(end, q.end);
  } else {
    const [c0, c1] = clauseBounds(block, sent, anchor.from);
    if (c1 < sent.t1) end = block.tokens[c1 - 1]!.end;
    if (c0 > sent.t0 && !speaker) start = block.tokens[c0]!.start;
  }
  [start, end] = trimSpan(block.text, start, end);
  const text = block.text.slice(start, end);
  const date = claimDate(withoutQuotes(block, sent), input.published);
  const topics = claimTopics(block.text.slice(sent.start, sent.end), date);
  return {
    id: `${block.index}:${start}:${cr.rule.id}`,
    block: block.index,
    start,
    end,
    text,
    quoted: quoteIdx >= 0,
    speaker: speaker?.name ?? null,
    speakerId: speaker?.actor?.id ?? null,
    attribution: speaker?.attribution ?? 'none',
    pattern: cr.rule.pattern as PatternId,
    packId: cr.packId,
    ruleId: cr.rule.id,
    claimDate: date,
    lang: block.lang,
    assessments: selectAssessments(cr.rule, topics, engine.assessments),
    cues: cuesOf(block, anchor, frame, speaker),
    why: cr.rule.why,
  };
}

/** The sentence with quoted words blanked: a date inside a quote is not when it was said. */
function withoutQuotes(block: PreparedBlock, sent: Sentence): string {
  let text = block.text.slice(sent.start, sent.end);
  for (const q of block.quotes) {
    const a = Math.max(q.start, sent.start) - sent.start;
    const b = Math.min(q.end, sent.end) - sent.start;
    if (b > a) text = text.slice(0, a) + ' '.repeat(b - a) + text.slice(b);
  }
  return text;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s"“”„«»,;:—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s"“”„«»,;:—–(]/.test(text[end - 1]!)) end--;
  return [start, end];
}

function cuesOf(block: PreparedBlock, anchor: CueMatch, frame: Frame | null, speaker: Speaker | null): MatchedCue[] {
  const tok = (i: number | null) => (i === null ? null : block.tokens[i]!.raw);
  const span = (from: number, to: number) => block.text.slice(block.tokens[from]!.start, block.tokens[to - 1]!.end);
  const out: MatchedCue[] = [];
  if (speaker) out.push({ role: 'speaker', text: speaker.name });
  if (frame) {
    const agent = tok(frame.agentAt);
    if (agent) out.push({ role: 'agent', text: agent });
    const pol = tok(frame.polarityAt);
    if (pol) out.push({ role: frame.polarity === 'denied' ? 'denial verb' : frame.polarity === 'no-evidence' ? 'no evidence' : 'negation', text: pol });
    out.push({ role: 'predicate', text: span(frame.from, frame.to) });
    const target = tok(frame.targetAt);
    if (target) out.push({ role: 'target', text: target });
  } else {
    out.push({ role: anchor.category, text: span(anchor.from, anchor.to) });
  }
  return out;
}

/** One claim per sentence and pattern: two quoted fragments of it become one span. */
function mergeSpans(block: PreparedBlock, a: Finding, b: Finding): Finding {
  if (b.start >= a.start && b.end <= a.end) return a;
  const start = Math.min(a.start, b.start);
  const end = Math.max(a.end, b.end);
  return { ...a, start, end, text: block.text.slice(start, end), id: `${a.block}:${start}:${a.ruleId}` };
}

/** Headlines name an institution ("Kremlin denies…"); the body usually names the person. */
function attributeHeadlines(doc: PreparedDoc, findings: Finding[]): Finding[] {
  const bodySpeaker = findings.find((f) => doc.input.blocks[f.block]!.kind !== 'heading' && f.speakerId && doc.engine.actors.get(f.speakerId)?.kind === 'person');
  if (!bodySpeaker) return findings;
  return findings.map((f) => {
    if (doc.input.blocks[f.block]!.kind !== 'heading') return f;
    const actor = f.speakerId ? doc.engine.actors.get(f.speakerId) : undefined;
    if (actor?.kind === 'person') return f;
    return { ...f, speaker: bodySpeaker.speaker, speakerId: bodySpeaker.speakerId, attribution: 'context' };
  });
}
