/**
 * Turning a matched rule into a Finding: the claim's span (the quote, or the clause without
 * trailing asides), its date, the assessments chosen by topic, and the cues for "why".
 */
import type { DocumentInput, Finding, MatchedCue, PatternId } from '../types';
import type { CompiledRule, Engine } from './compile';
import { claimDate } from './dates';
import { clauseBounds, type Frame } from './frames';
import type { CueMatch } from './lexicon';
import type { PreparedBlock, PreparedDoc, Sentence } from './prepared';
import { quotesOverlapping } from './quotes';
import type { Speaker } from './speaker';
import { claimTopics, selectAssessments, type Topic } from './topics';

/**
 * The date and topics of a sentence, worked out once per sentence (and analysis): a sentence
 * with many anchors (up to a window of MAX_SENTENCE characters) would otherwise be rescanned
 * for each of them.
 */
const sentenceFacts = new WeakMap<Sentence, { published: string | undefined; date: string | null; topics: Set<Topic> }>();

function factsOf(block: PreparedBlock, sent: Sentence, published: string | undefined): { date: string | null; topics: Set<Topic> } {
  const seen = sentenceFacts.get(sent);
  if (seen && seen.published === published) return seen;
  const date = claimDate(withoutQuotes(block, sent), published);
  const facts = { published, date, topics: claimTopics(block.text.slice(sent.start, sent.end), date) };
  sentenceFacts.set(sent, facts);
  return facts;
}

export function toFinding(
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
  const { date, topics } = factsOf(block, sent, input.published);
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
    assessments: selectAssessments(cr.rule, topics, engine.assessments, engine.assessmentPublishers),
    cues: cuesOf(block, anchor, frame, speaker),
    why: cr.rule.why,
  };
}

/** The sentence with quoted words blanked: a date inside a quote is not when it was said. */
function withoutQuotes(block: PreparedBlock, sent: Sentence): string {
  // Only the quotes that overlap this sentence, joined in one pass.
  const [from, to] = quotesOverlapping(block.quotes, sent.start, sent.end);
  let text = '';
  let at = sent.start;
  for (let k = from; k < to; k++) {
    const q = block.quotes[k]!;
    const a = Math.max(q.start, sent.start);
    const b = Math.min(q.end, sent.end);
    if (b <= a) continue;
    text += block.text.slice(at, a) + ' '.repeat(b - a);
    at = b;
  }
  return text + block.text.slice(at, sent.end);
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
export function mergeSpans(block: PreparedBlock, a: Finding, b: Finding): Finding {
  if (b.start >= a.start && b.end <= a.end) return a;
  const start = Math.min(a.start, b.start);
  const end = Math.max(a.end, b.end);
  return { ...a, start, end, text: block.text.slice(start, end), id: `${a.block}:${start}:${a.ruleId}` };
}

/** Headlines name an institution ("Kremlin denies…"); the body usually names the person. */
export function attributeHeadlines(doc: PreparedDoc, findings: Finding[]): Finding[] {
  const bodySpeaker = findings.find((f) => doc.input.blocks[f.block]!.kind !== 'heading' && f.speakerId && doc.engine.actors.get(f.speakerId)?.kind === 'person');
  if (!bodySpeaker) return findings;
  return findings.map((f) => {
    if (doc.input.blocks[f.block]!.kind !== 'heading') return f;
    const actor = f.speakerId ? doc.engine.actors.get(f.speakerId) : undefined;
    if (actor?.kind === 'person') return f;
    return { ...f, speaker: bodySpeaker.speaker, speakerId: bodySpeaker.speakerId, attribution: 'context' };
  });
}
