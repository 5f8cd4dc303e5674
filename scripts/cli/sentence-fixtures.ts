/**
 * Loads the labelled sentence fixtures (tests/fixtures/sentences/<lang>.json) and
 * scores engine findings against them. Shared by the unit tests and `npm run eval`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, LANGS, type Engine, type Finding, type TextBlock } from '../../rules/index';

export interface Expected {
  pattern: string;
  speaker: string | null;
  claim: string;
  quoted?: boolean;
}

export interface Item {
  id: string;
  text: string;
  published?: string;
  expect: Expected[];
  negative?: string;
  note?: string;
}

/** Every language the engine reads has labelled sentences (tests/fixtures/sentences/<lang>.json). */
export const FIXTURE_LANGS = LANGS;

export function loadItems(lang: string, dir = join(import.meta.dirname, '../../tests/fixtures/sentences')): Item[] {
  return (JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')) as { items: Item[] }).items;
}

export function itemBlocks(item: Item): TextBlock[] {
  return item.text.split(/\n\s*\n/).map((text) => ({ kind: 'paragraph', text }));
}

export interface ItemResult {
  findings: Finding[];
  /** Expected claims no finding overlaps with the right pattern. */
  missed: Expected[];
  /** Expected claims found, but with another speaker. */
  wrongSpeaker: { expected: Expected; got: string | null }[];
  /** Findings that overlap no expected claim. */
  falseAlarms: Finding[];
}

export function scoreItem(engine: Engine, item: Item): ItemResult {
  const blocks = itemBlocks(item);
  const findings = analyze(engine, { blocks, ...(item.published ? { published: item.published } : {}) });
  const absolute = (f: Finding) => {
    let offset = 0;
    for (let b = 0; b < f.block; b++) offset = item.text.indexOf(blocks[b + 1]!.text, offset + blocks[b]!.text.length);
    return [offset + f.start, offset + f.end] as const;
  };
  const spans = findings.map(absolute);
  const claimSpan = (e: Expected) => {
    const s = item.text.indexOf(e.claim);
    return [s, s + e.claim.length] as const;
  };
  const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1];
  const missed: Expected[] = [];
  const wrongSpeaker: ItemResult['wrongSpeaker'] = [];
  for (const e of item.expect) {
    const hit = findings.find((f, i) => f.pattern === e.pattern && overlaps(spans[i]!, claimSpan(e)));
    if (!hit) missed.push(e);
    else if (e.speaker && !sameSpeaker(hit, e.speaker)) wrongSpeaker.push({ expected: e, got: hit.speaker });
  }
  const falseAlarms = findings.filter((_, i) => !item.expect.some((e) => overlaps(spans[i]!, claimSpan(e))));
  return { findings, missed, wrongSpeaker, falseAlarms };
}

/** A speaker matches by actor name, or by the name as written. */
export function sameSpeaker(f: Finding, expected: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/^the\s+/, '')
      .trim();
  const names = [f.speaker ?? '', f.speakerId ?? ''].map(norm);
  const want = norm(expected);
  const wantId = want.replace(/\s+/g, '-');
  const surname = (s: string) => s.split(/[\s-]+/).pop() ?? s;
  return names.some(
    (n) =>
      n === want ||
      n === wantId ||
      (n.length > 3 && (want.includes(n) || n.includes(want))) ||
      surname(n) === surname(want),
  );
}
