// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { normalizeDate } from '../../page/extract';
import { splitName } from '../../page/extract/name-rules';
import { isBoilerplate, isHiddenByMarkup, tagOf } from '../../page/extract/skip-rules';
import { parseWithLinkedom } from './parse-fixtures';

/** The small pure pieces: date normalisation and the skip rules' reading of markup. */

describe('normalizeDate', () => {
  it.each([
    ['2024-03-05T23:30:00-05:00', '2024-03-05'],
    ['2024-03-05 10:00', '2024-03-05'],
    ['2024-3-5', '2024-03-05'],
    ['20220817', '2022-08-17'],
    ['20220817T101500Z', '2022-08-17'],
    ['2019/04/28', '2019-04-28'],
    ['March 5, 2024', '2024-03-05'],
    ['  2015-07-10T00:00:00Z ', '2015-07-10'],
  ])('%j → %s', (raw, expected) => expect(normalizeDate(raw)).toBe(expected));

  it.each([null, undefined, '', 'yesterday', '2024-13-01', '2024-00-10', '1066-10-14', '12345'])('rejects %j', (raw) =>
    expect(normalizeDate(raw)).toBeUndefined(),
  );
});

describe('skip rules', () => {
  const el = (html: string): Element => {
    const { body } = parseWithLinkedom(`<html><head></head><body>${html}</body></html>`);
    return body.firstElementChild!;
  };
  const boiler = (html: string, inArticle = false) => {
    const node = el(html);
    return isBoilerplate(node, tagOf(node), inArticle);
  };

  it('splits class names on dashes, underscores and camelCase', () => {
    expect(splitName('relatedStories')).toEqual(['related', 'stories']);
    expect(splitName('ad_slot-TOP')).toEqual(['ad', 'slot', 'top']);
  });

  it.each([
    '<div class="related-stories">x</div>',
    '<div class="ShareBar">x</div>',
    '<div id="comments">x</div>',
    '<div class="ad-slot">x</div>',
    '<div class="cookie-banner">x</div>',
    '<section class="newsletter">x</section>',
    '<div role="navigation">x</div>',
    '<nav>x</nav>',
    '<aside>x</aside>',
    '<footer>x</footer>',
  ])('furniture: %s', (html) => expect(boiler(html)).toBe(true));

  it.each([
    '<div class="commentary">x</div>',
    '<div class="header-image">x</div>',
    '<div class="has-sidebar">x</div>',
    '<div class="comments-open">x</div>',
    '<div class="js-share">x</div>',
    '<div class="loading shadow lead">x</div>',
    '<div class="sidebar"><h1>Headline</h1></div>',
  ])('not furniture: %s', (html) => expect(boiler(html)).toBe(false));

  it('keeps header and footer inside an article', () => {
    expect(boiler('<header>x</header>', true)).toBe(false);
    expect(boiler('<header>x</header>', false)).toBe(true);
  });

  it.each([
    ['<div hidden>x</div>', true],
    ['<span aria-hidden="true">x</span>', true],
    ['<span aria-hidden="false">x</span>', false],
    ['<div contenteditable>x</div>', true],
    ['<div contenteditable="false">x</div>', false],
    ['<div style="color: red; DISPLAY : none !important">x</div>', true],
    ['<div style="visibility:hidden">x</div>', true],
    ['<div style="display:block; --x: none">x</div>', false],
    ['<span class="sr-only">x</span>', true],
  ] as const)('hidden by markup: %s → %s', (html, hidden) => expect(isHiddenByMarkup(el(html))).toBe(hidden));
});
