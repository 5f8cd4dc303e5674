/**
 * Scores the engine on the development set (corpus/labels.json + seeds/*.txt): per-pattern
 * recall, precision and speaker accuracy. A finding matches a labelled claim when their texts
 * overlap; a label's text may occur several times in its file and any occurrence counts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type Engine, type Finding } from '../../rules/index';
import { loadTxt, type LoadedText } from './load';

export interface LabelledClaim {
  pattern: string;
  speaker: string | null;
  kind?: string;
  text: string;
}

export interface LabelledDoc {
  file: string;
  published?: string;
  claims: LabelledClaim[];
  optional?: string[];
  spans?: string[];
}

export interface ClaimResult {
  file: string;
  claim: LabelledClaim;
  /** False when the label's text does not occur in its file (a labelling error). */
  located: boolean;
  found: boolean;
  speakerOk: boolean;
  /** Speakers the matching findings gave. */
  got: (string | null)[];
  /** Patterns of findings that overlap the claim with another pattern. */
  otherPatterns: string[];
}

export interface DevResult {
  claims: ClaimResult[];
  findings: number;
  /** Pairs of findings (same document) whose texts overlap: a passage counted twice. */
  overlapping: number;
  /** Findings overlapping a labelled claim. */
  matched: number;
  /** Findings overlapping only an optional span. */
  optional: number;
  falsePositives: { file: string; finding: Finding }[];
}

type Span = readonly [number, number];
const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

function occurrences(text: string, needle: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(needle); i >= 0 && needle; i = text.indexOf(needle, i + 1))
    out.push([i, i + needle.length]);
  return out;
}

function norm(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const aliasIndex = new WeakMap<Engine, Map<string, Set<string>>>();

/** Registry actors a label names: by the actor's name or any of its aliases, in any language. */
function labelActors(engine: Engine, label: string): Set<string> {
  let index = aliasIndex.get(engine);
  if (!index) {
    index = new Map();
    for (const a of engine.actors.values()) {
      for (const n of [a.name, ...Object.values(a.aliases ?? {}).flat()]) {
        const k = norm(n);
        index.set(k, (index.get(k) ?? new Set()).add(a.id));
      }
    }
    aliasIndex.set(engine, index);
  }
  return index.get(norm(label)) ?? new Set();
}

/** The Russian state under its metonyms: the registry's state, capital and government. */
const STATE = new Set(['russia', 'moscow', 'russian-government']);

/**
 * Loose actor comparison: case-insensitive, by surname, "Kremlin" == "the Kremlin"; a label that
 * is a registry actor's name or alias ("Sergey Nechaev", "Russian Embassy in Washington") matches
 * a finding attributed to that actor however the text spelled it ("Sergej Netschajew").
 */
export function sameActor(engine: Engine, f: Finding, label: string | null): boolean {
  if (label === null) return true;
  const want = norm(label);
  const labelled = labelActors(engine, label);
  if (f.speakerId && labelled.has(f.speakerId)) return true;
  // "Moscow denied…", "Russia says…" are labelled "Russian government": one state, three names.
  if (f.speakerId && STATE.has(f.speakerId) && [...labelled].some((id) => STATE.has(id))) return true;
  const surname = (s: string) => s.split(/[\s-]+/).pop() ?? s;
  const names = [f.speaker, f.speakerId ? engine.actors.get(f.speakerId)?.name : null, f.speakerId?.replace(/-/g, ' ')];
  return names.some((n) => !!n && (norm(n) === want || surname(norm(n)) === surname(want)));
}

/** Scores one loaded document's findings against its labels, adding to `out`. */
export function scoreDocument(engine: Engine, loaded: LoadedText, doc: LabelledDoc, out: DevResult): void {
  const findings = analyze(engine, loaded.input);
  const spans: Span[] = findings.map((f) => [loaded.offsets[f.block]! + f.start, loaded.offsets[f.block]! + f.end]);
  const claimSpans = doc.claims.map((c) => occurrences(loaded.text, c.text));
  const optionalSpans = [...(doc.optional ?? []), ...(doc.spans ?? [])].flatMap((t) => occurrences(loaded.text, t));
  doc.claims.forEach((claim, c) => {
    const touching = findings.filter((_, i) => claimSpans[c]!.some((s) => overlaps(spans[i]!, s)));
    const hits = touching.filter((f) => f.pattern === claim.pattern);
    out.claims.push({
      file: doc.file,
      claim,
      located: claimSpans[c]!.length > 0,
      found: hits.length > 0,
      speakerOk: hits.some((f) => sameActor(engine, f, claim.speaker)),
      got: hits.map((f) => f.speaker),
      otherPatterns: [...new Set(touching.filter((f) => f.pattern !== claim.pattern).map((f) => f.pattern))],
    });
  });
  findings.forEach((finding, i) => {
    out.findings++;
    for (let j = i + 1; j < spans.length; j++) if (overlaps(spans[i]!, spans[j]!)) out.overlapping++;
    if (claimSpans.some((occ) => occ.some((s) => overlaps(spans[i]!, s)))) out.matched++;
    else if (optionalSpans.some((s) => overlaps(spans[i]!, s))) out.optional++;
    else out.falsePositives.push({ file: doc.file, finding });
  });
}

export const emptyResult = (): DevResult => ({
  claims: [],
  findings: 0,
  overlapping: 0,
  matched: 0,
  optional: 0,
  falsePositives: [],
});

export function scoreDevSet(engine: Engine, corpusDir: string): DevResult {
  const labels = JSON.parse(readFileSync(join(corpusDir, 'labels.json'), 'utf8')) as { documents: LabelledDoc[] };
  const out = emptyResult();
  for (const doc of labels.documents) {
    const loaded = loadTxt(
      readFileSync(join(corpusDir, doc.file), 'utf8'),
      doc.published ? { published: doc.published } : {},
    );
    scoreDocument(engine, loaded, doc, out);
  }
  return out;
}
