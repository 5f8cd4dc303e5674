// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractDocument, startExtraction, type BlockMap } from '../../page/extract';
import { parseWithHappyDom, parseWithLinkedom, readFixture } from './parse-fixtures';

/** A block map as plain data (the two runs parse the page twice, so their nodes differ). */
function mapShape(maps: readonly BlockMap[]) {
  return maps.map((m) => ({
    length: m.length,
    segments: m.segments.map((s) => ({
      start: s.start,
      length: s.length,
      nodeOffset: s.nodeOffset,
      text: s.node?.data ?? null,
      afterSkipped: s.afterSkipped,
    })),
  }));
}

/**
 * The content script extracts in idle slices. Slicing must change nothing but the schedule:
 * the same blocks, maps and metadata as one uninterrupted extraction.
 */
describe.each([
  ['happy-dom', parseWithHappyDom],
  ['linkedom', parseWithLinkedom],
] as const)('sliced extraction (%s)', (_name, parse) => {
  it.each(['news-article', 'russian-article', 'broken-markup', 'div-soup'] as const)(
    '%s gives the same result',
    (file) => {
      const whole = extractDocument(parse(readFixture(file)));
      // A clock that advances 1 ms per call and no budget: a pause at every point the walk offers one.
      let t = 0;
      const sliced = startExtraction(parse(readFixture(file)), {}, () => (t += 1));
      let steps = 0;
      while (!sliced.step(0)) steps++;
      expect(sliced.result!.input).toEqual(whole.input);
      expect(mapShape(sliced.result!.maps)).toEqual(mapShape(whole.maps));
      expect(sliced.result!.truncated).toBe(whole.truncated);
      // The run really was interrupted (at least between locating the article and walking it).
      expect(steps).toBeGreaterThan(0);
    },
  );

  it('pauses on a large page instead of walking it in one go', () => {
    const html = `<html><body><article>${'<p>Officials met again on Monday to discuss the budget.</p>'.repeat(3000)}</article></body></html>`;
    let t = 0;
    const sliced = startExtraction(parse(html), {}, () => (t += 1));
    let steps = 1;
    while (!sliced.step(3)) steps++;
    expect(steps).toBeGreaterThan(10);
    expect(sliced.result!.input.blocks).toHaveLength(3000);
  });
});
