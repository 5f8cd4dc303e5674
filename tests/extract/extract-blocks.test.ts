// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../page/extract';
import { expectMapsReadBack } from './map-invariants';
import { FIXTURES, parseWithHappyDom, parseWithLinkedom, readFixture } from './parse-fixtures';

/** Extraction on our own fixture pages, in happy-dom and linkedom alike. */

const PARSERS = { 'happy-dom': parseWithHappyDom, linkedom: parseWithLinkedom } as const;
const texts = (name: (typeof FIXTURES)[number], parser: keyof typeof PARSERS = 'happy-dom') =>
  extractDocument(PARSERS[parser](readFixture(name))).input.blocks.map((b) => b.text);

describe('parser parity', () => {
  it.each(FIXTURES)('%s: happy-dom and linkedom give identical input', (name) => {
    const html = readFixture(name);
    // happy-dom documents inherit the test window's URL; linkedom's have none. Pin it.
    const options = { url: 'https://example.test/page' };
    const fromHappy = extractDocument(parseWithHappyDom(html), options).input;
    const fromLinkedom = extractDocument(parseWithLinkedom(html), options).input;
    expect(fromLinkedom).toEqual(fromHappy);
    expect(fromHappy.blocks.length).toBeGreaterThan(0);
  });

  it.each(FIXTURES.flatMap((name) => (['happy-dom', 'linkedom'] as const).map((p) => [name, p] as const)))(
    '%s (%s): every map reads back its block',
    (name, parser) => expectMapsReadBack(extractDocument(PARSERS[parser](readFixture(name)))),
  );
});

describe('news-article', () => {
  const { input } = extractDocument(parseWithHappyDom(readFixture('news-article')));

  it('gives every block the language of its text (the page says en)', () => {
    expect(new Set(input.blocks.map((b) => b.lang))).toEqual(new Set(['en']));
  });

  it('reads the article in order, with kinds', () => {
    expect(input.blocks.map(({ kind, text }) => ({ kind, text }))).toEqual([
      { kind: 'heading', text: 'Ministry rejects report on vote meddling' },
      { kind: 'paragraph', text: 'By Jane Roe, Foreign Desk' },
      { kind: 'paragraph', text: 'March 6, 2024' },
      { kind: 'caption', text: 'A ministry spokesman at a briefing on Tuesday.' },
      {
        kind: 'paragraph',
        text: 'The foreign ministry on Tuesday rejected a report by an independent watchdog, calling its findings “entirely baseless.”',
      },
      { kind: 'quote', text: 'We have never interfered in any election, and we never will.' },
      { kind: 'quote', text: 'These accusations are fabricated.' },
      {
        kind: 'paragraph',
        text: 'The statement was read out at a press conference.\nOfficials declined to take questions.\nIt was the third such briefing this month.',
      },
      { kind: 'paragraph', text: 'Analysts said the denial followed a familiar pattern.' },
      { kind: 'list-item', text: 'The watchdog stands by its report.' },
      { kind: 'list-item', text: 'The ministry gave no evidence.' },
      { kind: 'paragraph', text: 'Reporting by Jane Roe; editing by John Doe.' },
    ]);
  });

  it.each([
    'The Daily Ledger',
    'Politics',
    'cookies',
    'Accept',
    'ADVERTISEMENT',
    '[icon]',
    'Hidden paragraph',
    'Display-none',
    'Invisible',
    'Editable draft',
    'reader@example.com',
    'Typed comment',
    'Daily',
    'Counterpoint',
    'script text',
    'tracking text',
    'Enable JavaScript',
    'Related stories',
    'Election officials',
    'Reader comment',
    'Share on social',
    'All rights reserved',
    'color: red',
  ])('leaves out %j', (fragment) => {
    for (const block of input.blocks) expect(block.text).not.toContain(fragment);
  });

  it('reads metadata: og:title, 2-letter lang, canonical URL, publisher-local date', () => {
    expect(input.title).toBe('Ministry rejects report on vote meddling');
    expect(input.lang).toBe('en');
    expect(input.url).toBe('https://ledger.example/world/2024/03/ministry-rejects-report');
    expect(input.published).toBe('2024-03-05'); // meta wins over <time>; not shifted to UTC
  });
});

describe('russian-article', () => {
  const { input } = extractDocument(parseWithLinkedom(readFixture('russian-article')));

  it('keeps «ёлочки», ё and no-break spaces; adds the headline outside articleBody first', () => {
    expect(input.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'quote', 'paragraph']);
    expect(input.blocks[0]?.text).toBe('МИД отверг обвинения во вмешательстве');
    expect(input.blocks[2]?.text).toBe(
      '«Россия никогда не вмешивалась и не вмешивается во внутренние дела других государств», — подчеркнула она.',
    );
    expect(input.blocks[3]?.text).toBe('Все эти утверждения — ёлочки на ветру, «пустые слова».');
    expect(input.blocks[4]?.text).toBe('По её словам, доклад основан на «домыслах\u00a0и\u00a0слухах».');
  });

  it('skips menus and related links outside the article', () => {
    const all = texts('russian-article', 'linkedom').join('\n');
    for (const fragment of ['Главная', 'Читайте также', 'Поделиться']) expect(all).not.toContain(fragment);
  });

  it('reads lang from Content-Language and the date from JSON-LD @graph', () => {
    expect(input.lang).toBe('ru');
    expect(input.published).toBe('2023-11-14');
    expect(input.title).toBe('МИД отверг обвинения во вмешательстве');
    expect(input.url).toBeUndefined(); // linkedom: no canonical, no document URL
  });
});

describe('broken-markup', () => {
  it.each(['happy-dom', 'linkedom'] as const)('%s: reads every fragment without throwing', (parser) => {
    const all = texts('broken-markup', parser);
    for (const fragment of [
      'Unclosed',
      'italic never closed',
      'Second paragraph & a stray ampersand < and a bare less-than.',
      'Nested div paragraph',
      'Cell one',
      'Cell two',
      'Item one',
      'Item two',
      'Dangling span text',
      'Last paragraph',
      'Quoted text without closing',
    ]) {
      expect(
        all.some((text) => text.includes(fragment)),
        fragment,
      ).toBe(true);
    }
  });
});

describe('div-soup (no article container: body minus furniture)', () => {
  const blocks = extractDocument(parseWithHappyDom(readFixture('div-soup'))).input.blocks;
  const all = blocks.map((b) => b.text);

  it('splits a div around the block inside it, as a browser lays it out', () => {
    expect(all).toContain('Intro line written straight into a div.');
    expect(all).toContain('A paragraph nested inside it.');
    expect(all).toContain('Trailing text after the paragraph.');
  });

  it('collapses whitespace but not no-break spaces, and drops spaces around <br>', () => {
    expect(all).toContain('Spaces\u00a0\u00a0kept around tabs and newlines collapse.');
    expect(all).toContain('Before break\nafter break\n\nafter two breaks');
  });

  it('keeps <pre> as written, reads table cells and definition lists', () => {
    expect(all).toContain('line one\n   indented line two');
    expect(all).toEqual(expect.arrayContaining(['County', 'Turnout 61%', 'Chair']));
    expect(all).toContain('Maria Lopez said: "Our count was not tampered with."');
  });

  it('does not take a "has-sidebar" wrapper for a sidebar, but skips the real furniture', () => {
    expect(all[0]).toBe('Election board answers critics');
    for (const fragment of ['Riverside Gazette', 'Home', 'Most read', 'First!', 'Sponsored', 'screen reader']) {
      expect(all.join('\n')).not.toContain(fragment);
    }
  });

  it('reads uppercase lang and a compact microdata date', () => {
    const { input } = extractDocument(parseWithLinkedom(readFixture('div-soup')));
    expect(input.lang).toBe('en');
    expect(input.published).toBe('2022-08-17');
    expect(input.title).toBe('Election board answers critics - Riverside Gazette');
  });
});
