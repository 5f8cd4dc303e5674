/**
 * Full-length articles written for this project (tests/fixtures/articles: 20 pieces in five
 * languages, seven with no claim at all). Long text is where precision is lost: background
 * paragraphs, reports of the findings, other senses and other topics sit next to the claims.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, createEngine, type Finding } from '../../rules/index';
import { loadTxt } from '../../scripts/cli/load';

interface Claim {
  pattern: string;
  speaker: string | null;
  text: string;
}
interface LabelledDoc {
  file: string;
  published: string | null;
  claims: Claim[];
  optional?: string[];
}

const dir = join(import.meta.dirname, '../fixtures/articles');
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { documents: LabelledDoc[] };
const engine = createEngine();

/** Claims the engine does not find yet (file:pattern:start of text), with the reason. */
const KNOWN_MISSES: Record<string, string> = {
  '03_en_feature_lavrov_old_script.txt:dismissal:but there is none':
    '"there is none" refers back to evidence named in the previous sentence',
};

function occurrences(text: string, part: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) out.push([i, i + part.length]);
  return out;
}

describe.each(labels.documents)('article $file', (doc) => {
  const text = readFileSync(join(dir, doc.file), 'utf8');
  const loaded = loadTxt(text, doc.published ? { published: doc.published } : {});
  const findings = analyze(engine, loaded.input);
  const span = (f: Finding): [number, number] => [loaded.offsets[f.block]! + f.start, loaded.offsets[f.block]! + f.end];
  const overlaps = (f: Finding, part: string) =>
    occurrences(text, part).some(([a, b]) => span(f)[0] < b && a < span(f)[1]);

  it('raises nothing outside the labelled and optional spans', () => {
    const allowed = [...doc.claims.map((c) => c.text), ...(doc.optional ?? [])];
    expect(findings.filter((f) => !allowed.some((t) => overlaps(f, t))).map((f) => `${f.pattern}: ${f.text}`)).toEqual(
      [],
    );
  });

  it('finds every labelled claim with its pattern', () => {
    const missed = doc.claims
      .filter((c) => !findings.some((f) => f.pattern === c.pattern && overlaps(f, c.text)))
      .map((c) => `${doc.file}:${c.pattern}:${c.text}`);
    const expected = Object.keys(KNOWN_MISSES).filter((k) => k.startsWith(`${doc.file}:`));
    expect(missed.map((m) => expected.find((k) => m.startsWith(k)) ?? m)).toEqual(expected);
  });
});
