// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../page/extract';
import { measureContent } from '../../page/extract/content-stats';
import { holdsArticle, markLinkLists } from '../../page/extract/skip-verdicts';
import { parseWithHappyDom, parseWithLinkedom, readFixture } from './parse-fixtures';

/**
 * Issue #12, second round: boilerplate inside a located article (recirculation boxes, boxes named
 * like furniture) stays out, the text's own lists and a lede nested deeper than the body stay in.
 */

const PARSERS = { 'happy-dom': parseWithHappyDom, linkedom: parseWithLinkedom } as const;

function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

describe.each(Object.entries(PARSERS))('recirculation-article (%s)', (_name, parse) => {
  const { input } = extractDocument(parse(readFixture('recirculation-article')));
  const text = input.blocks.map((b) => b.text).join('\n');

  it('keeps the lede nested deeper than the body, then the body, in order', () => {
    const order = [
      'The harbour town voted',
      'Fishermen, who have moored',
      'Work is to begin',
      'Residents can read',
      'The ferry company said',
    ].map((s) => text.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('keeps a list of links that stands among the paragraphs (the sources)', () => {
    expect(text).toContain('Minutes of the council meeting, Thursday evening');
    expect(text).toContain("Engineers' survey of the ferry pier, summary");
  });

  it.each([
    'Most read this week',
    'Lighthouse keeper',
    'Winter swimmers',
    'Read more',
    'new parking rules',
    'Storm damage bill',
    'The Coastal Courier',
  ])('leaves out %j', (fragment) => expect(text).not.toContain(fragment));
});

describe('skip verdicts', () => {
  const doc = parseWithHappyDom(readFixture('recirculation-article'));

  it('marks a box of links under a heading, not a list among paragraphs', () => {
    const content = drain(measureContent(doc.body, true));
    markLinkLists(content);
    expect(content.skipped.get(doc.querySelector('.most-read-box')!)).toBe('links');
    expect(content.skipped.get(doc.querySelector('[itemprop] > ul')!)).toBeUndefined();
  });

  it('leaves out a furniture-named box, but not a furniture-named article body', () => {
    const content = drain(measureContent(doc.body, true));
    expect(content.skipped.get(doc.querySelector('.inline-related-list')!)).toBe('name');
    expect(content.skipped.has(doc.querySelector('#share-tools-parent')!)).toBe(false);
  });

  it('holdsArticle: the main content or a headline among prose, not a headline over links', () => {
    const box = (html: string) => parseWithHappyDom(`<body><div>${html}</div></body>`).body.firstElementChild!;
    expect(holdsArticle(box('<main><p>Text</p></main>'))).toBe(true);
    expect(holdsArticle(box('<h1>Pier to be rebuilt</h1><p>The town voted on Thursday to rebuild the pier.</p>'))).toBe(
      true,
    );
    expect(
      holdsArticle(box('<h1>Read more</h1><ul><li><a href="/a">Another story about the harbour front</a></li></ul>')),
    ).toBe(false);
    expect(holdsArticle(box('<span>Share</span>'))).toBe(false);
  });
});
