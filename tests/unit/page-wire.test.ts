/**
 * utils/page-wire.ts: the page's text and findings travel as JSON strings with each distinct
 * assessment once (issue #14, per-page cost). Packing must lose nothing.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from '@/rules';
import { fromWire, packFindings, toWire, unpackFindings } from '@/utils/page-wire';

const DENIALS = [
  '“We never interfered in elections in the United States,” Kremlin spokesman Dmitry Peskov said on Tuesday.',
  'The weather was fine.',
  '“Russia did not interfere in the election in Germany,” Foreign Minister Sergei Lavrov told reporters.',
  '“We never interfered in elections in the United States,” Kremlin spokesman Dmitry Peskov said again on Friday.',
];

describe('page wire', () => {
  const findings = analyze(createEngine(), { blocks: DENIALS.map((text) => ({ kind: 'paragraph' as const, text })) });

  it('packs and unpacks findings to the same data, each distinct assessment once', () => {
    expect(findings.length).toBeGreaterThanOrEqual(3);
    const packed = packFindings(findings, (a) => JSON.stringify(a));
    const all = findings.flatMap((f) => f.assessments.map((a) => JSON.stringify(a)));
    expect(packed.assessments).toHaveLength(new Set(all).size);
    expect(packed.assessments.length).toBeLessThan(all.length);
    const back = unpackFindings(fromWire(toWire(packed)));
    expect(back).toEqual(findings);
    // Unpacked findings share their assessment objects, so the page packs them again by identity.
    const again = packFindings(back);
    expect(again.assessments).toHaveLength(packed.assessments.length);
    expect(unpackFindings(again)).toEqual(findings);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(findings).length * 0.75);
  });

  it('refuses malformed packings and non-JSON', () => {
    const packed = packFindings(findings.slice(0, 1));
    expect(() => unpackFindings({ ...packed, findings: [{ ...packed.findings[0]!, assessments: [99] }] })).toThrow(
      'no assessment',
    );
    expect(() =>
      unpackFindings({ ...packed, findings: [{ ...packed.findings[0]!, assessments: ['0' as never] }] }),
    ).toThrow('no assessment');
    expect(() => unpackFindings({ findings: 'x' } as never)).toThrow('malformed');
    expect(() => fromWire({ json: '{' })).toThrow();
    expect(() => fromWire({} as never)).toThrow('not a wire message');
  });
});
