// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_TOTAL_CHARS, extractDocument, isHiddenByLayout } from '../../page/extract';
import { expectMapsReadBack } from './map-invariants';
import { loadIntoWindow, parseWithHappyDom, parseWithLinkedom, readFixture } from './parse-fixtures';

/** Hostile input: huge pages, absurd nesting, throwing callbacks. Extraction degrades, never throws. */

const PARSERS = [
  ['happy-dom', parseWithHappyDom],
  ['linkedom', parseWithLinkedom],
] as const;

describe.each(PARSERS)('%s', (_name, parse) => {
  it('caps a 5 MB page at the character budget and says so', () => {
    const paragraph = `<p>${'Officials denied any wrongdoing in the count. '.repeat(20)}</p>\n`;
    const html = `<html><body><article>${paragraph.repeat(Math.ceil(5_000_000 / paragraph.length))}</article></body></html>`;
    const started = performance.now();
    const result = extractDocument(parse(html));
    const chars = result.input.blocks.reduce((sum, b) => sum + b.text.length, 0);
    expect(result.truncated).toBe(true);
    expect(chars).toBeLessThanOrEqual(MAX_TOTAL_CHARS);
    expect(chars).toBeGreaterThan(MAX_TOTAL_CHARS * 0.99);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(result.maps).toHaveLength(result.input.blocks.length);
  }, 60_000);

  it('honours a smaller maxChars, cutting inside a block', () => {
    const result = extractDocument(parse('<p>one two three</p><p>four five</p>'), { maxChars: 7 });
    expect(result.input.blocks).toEqual([{ kind: 'paragraph', text: 'one two' }]);
    expect(result.truncated).toBe(true);
    expectMapsReadBack(result);
  });

  it('survives 5,000 levels of unclosed inline tags', () => {
    const html = `<html><body><p>start ${'<b>deep '.repeat(5_000)}end</p><p>after</p></body></html>`;
    const { input } = extractDocument(parse(html));
    const all = input.blocks.map((b) => b.text).join('\n');
    expect(all).toContain('start deep deep');
    expect(all).toContain('after');
  });

  it('drops only the subtree whose visibility check throws', () => {
    const doc = parse('<body><p>kept one</p><div class="boom"><p>lost</p></div><p>kept two</p></body>');
    const isHidden = (el: Element) => {
      if (el.getAttribute('class') === 'boom') throw new Error('layout exploded');
      return false;
    };
    expect(extractDocument(doc, { isHidden }).input.blocks.map((b) => b.text)).toEqual(['kept one', 'kept two']);
  });

  it('passes isHidden every element it would read, and obeys it', () => {
    const doc = parse('<body><p>shown</p><p data-layout="none">collapsed by CSS</p></body>');
    const isHidden = (el: Element) => el.getAttribute('data-layout') === 'none';
    expect(extractDocument(doc, { isHidden }).input.blocks.map((b) => b.text)).toEqual(['shown']);
  });

  it('returns nothing, without throwing, for an empty document', () => {
    const { input, maps } = extractDocument(parse(''));
    expect(input.blocks).toEqual([]);
    expect(maps).toEqual([]);
  });

  it('never changes the document (even where linkedom getters would)', () => {
    // A stray element before <head>: linkedom's doc.body/doc.head getters would insert a new one.
    for (const html of [
      '<html><div>x</div><head><title>t</title></head><body><p>text</p></body></html>',
      readFixture('news-article'),
    ]) {
      const doc = parse(html);
      const before = doc.documentElement.outerHTML;
      extractDocument(doc);
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });
});

describe('isHiddenByLayout (browser option)', () => {
  it('reads stylesheet rules the markup-only default cannot see', () => {
    const doc = loadIntoWindow(
      '<html><head><style>.teaser { display: none } .ghost { visibility: hidden }</style></head>' +
        '<body><p>shown</p><p class="teaser">teaser</p><p class="ghost">ghost</p><div style="display: contents"><p>inside contents</p></div></body></html>',
    );
    const texts = (options = {}) => extractDocument(doc, options).input.blocks.map((b) => b.text);
    expect(texts()).toEqual(['shown', 'teaser', 'ghost', 'inside contents']);
    expect(texts({ isHidden: isHiddenByLayout })).toEqual(['shown', 'inside contents']);
  });

  it('is a no-op without a window (linkedom)', () => {
    const doc = parseWithLinkedom('<html><body><p>text</p></body></html>');
    expect(extractDocument(doc, { isHidden: isHiddenByLayout }).input.blocks).toHaveLength(1);
  });
});
