// @vitest-environment happy-dom
/**
 * page/to-ranges.ts: findings become Ranges in idle slices on the page (issue #14,
 * per-page cost); slicing must change nothing but the schedule.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/page/extract';
import { annotate, startAnnotation } from '@/page/to-ranges';
import type { Finding } from '@/rules/types';

const page = `<html lang="en"><body><article>${Array.from({ length: 60 }, (_, i) => `<p>Paragraph ${i} says <b>something</b> here.</p>`).join('')}</article></body></html>`;

/** happy-dom's Range cannot be set on text (browser tests cover real ranges): a stand-in over one text node. */
class TextRange {
  node: Text | null = null;
  start = 0;
  end = 0;
  setStart(node: Text, offset: number) {
    this.node = node;
    this.start = offset;
  }
  setEnd(_node: Text, offset: number) {
    this.end = offset;
  }
  get collapsed() {
    return this.end <= this.start;
  }
  toString() {
    return this.node!.data.slice(this.start, this.end);
  }
}

describe('startAnnotation', () => {
  it('gives the ranges of one go, in document order, over several slices', () => {
    const doc = new DOMParser().parseFromString(page, 'text/html');
    doc.createRange = () => new TextRange() as unknown as Range;
    const { maps, input } = extractDocument(doc);
    // Findings out of order, one on a block that does not exist.
    const findings = [...input.blocks.keys(), 999]
      .reverse()
      .map((block) => ({ id: `${block}`, block, start: 0, end: 14 }) as unknown as Finding);
    const whole = annotate(doc, findings, maps);
    let t = 0;
    const sliced = startAnnotation(doc, findings, maps, () => (t += 1));
    let steps = 1;
    while (!sliced.step(1)) steps++;
    expect(steps).toBeGreaterThan(5);
    expect(sliced.result!.map((a) => [a.finding.block, a.text])).toEqual(whole.map((a) => [a.finding.block, a.text]));
    expect(whole.map((a) => a.text)).toEqual(input.blocks.map((b) => b.text.slice(0, 14)));
    expect(whole.map((a) => a.finding.block)).toEqual([...input.blocks.keys()]);
  });
});
