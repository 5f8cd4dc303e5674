/**
 * Whole labelled article sets (tests/fixtures/heldout*): each file is analysed as the CLI reads a
 * `.txt`, and findings are compared with the labels by overlap, as `npm run eval` does. The
 * assertions are floors on the whole set rather than per claim: these sets estimate how the
 * engine generalises, and a change that loses ground on one fails its test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, createEngine, type Finding } from '../../rules/index';
import { loadTxt } from '../../scripts/cli/load';

interface LabelledDoc {
  file: string;
  published: string | null;
  claims: { pattern: string; text: string }[];
  optional?: string[];
}

export interface DocResult {
  doc: LabelledDoc;
  /** Labelled claims found with their pattern. */
  found: number;
  /** Findings outside every labelled and optional span. */
  falsePositives: string[];
}

const engine = createEngine();

export function scoreArticleSet(dir: string): DocResult[] {
  const docs = (JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { documents: LabelledDoc[] }).documents;
  return docs.map((doc) => {
    const text = readFileSync(join(dir, doc.file), 'utf8');
    const loaded = loadTxt(text, doc.published ? { published: doc.published } : {});
    const findings = analyze(engine, loaded.input);
    const overlaps = (f: Finding, part: string) => {
      const a = loaded.offsets[f.block]! + f.start;
      const b = loaded.offsets[f.block]! + f.end;
      for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1))
        if (a < i + part.length && i < b) return true;
      return false;
    };
    const allowed = [...doc.claims.map((c) => c.text), ...(doc.optional ?? [])];
    return {
      doc,
      found: doc.claims.filter((c) => findings.some((f) => f.pattern === c.pattern && overlaps(f, c.text))).length,
      falsePositives: findings
        .filter((f) => !allowed.some((t) => overlaps(f, t)))
        .map((f) => `${doc.file}: ${f.pattern}: ${f.text}`),
    };
  });
}

export interface Floors {
  minRecall: number;
  maxStray: number;
  /**
   * Claim-free documents that still raise something, with the reason. Like known-misses.json the
   * list may only shrink: the test fails when one of them falls silent, so it gets taken off.
   */
  knownStray?: Record<string, string>;
}

/** Registers the floors for one set: silent claim-free documents, minimum recall, few stray findings. */
export function describeArticleSet(name: string, dir: string, floors: Floors): void {
  const results = scoreArticleSet(dir);
  const known = floors.knownStray ?? {};
  const claimFree = results.filter((r) => r.doc.claims.length === 0);
  describe(name, () => {
    it.each(claimFree.filter((r) => !known[r.doc.file]).map((r) => [r.doc.file, r] as const))(
      '%s (no claim) raises nothing',
      (_file, r) => {
        expect(r.falsePositives).toEqual([]);
      },
    );

    it.each(claimFree.filter((r) => known[r.doc.file]).map((r) => [r.doc.file, known[r.doc.file]!, r] as const))(
      '%s (no claim) still raises something: %s',
      (_file, _why, r) => {
        expect(r.falsePositives.length).toBeGreaterThan(0);
      },
    );

    it(`finds at least ${Math.round(floors.minRecall * 100)}% of the labelled claims with their pattern`, () => {
      const found = results.reduce((n, r) => n + r.found, 0);
      const total = results.reduce((n, r) => n + r.doc.claims.length, 0);
      expect(found / total).toBeGreaterThanOrEqual(floors.minRecall);
    });

    it(`raises at most ${floors.maxStray} findings outside the labelled and optional spans`, () => {
      expect(results.flatMap((r) => r.falsePositives).length).toBeLessThanOrEqual(floors.maxStray);
    });
  });
}
