// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractDocument, startExtraction } from '../../entrypoints/content/extract';
import { parseWithHappyDom, parseWithLinkedom, readFixture } from './parse-fixtures';

/**
 * The content script extracts in idle slices. Slicing must change nothing but the schedule:
 * the same blocks, maps and metadata as one uninterrupted extraction.
 */
describe.each([
  ['happy-dom', parseWithHappyDom],
  ['linkedom', parseWithLinkedom],
] as const)('sliced extraction (%s)', (_name, parse) => {
  it.each(['news-article', 'russian-article', 'broken-markup', 'div-soup'] as const)('%s gives the same result', (file) => {
    const whole = extractDocument(parse(readFixture(file)));
    // A clock that advances 1 ms per call forces a pause after every few hundred nodes.
    let t = 0;
    const sliced = startExtraction(parse(readFixture(file)), {}, () => (t += 1));
    let steps = 0;
    while (!sliced.step(2)) steps++;
    expect(sliced.result!.input).toEqual(whole.input);
    expect(sliced.result!.maps.length).toBe(whole.maps.length);
    expect(sliced.result!.truncated).toBe(whole.truncated);
    expect(steps).toBeGreaterThanOrEqual(0);
  });

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
