// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../page/extract';
import { parseWithHappyDom, parseWithLinkedom, readFixture } from './parse-fixtures';

/**
 * The article locator (issue #12) on a page written for it: an article split by an ad slot and
 * a recirculation box, with furniture around it, in French with English passages.
 */

const PARSERS = { 'happy-dom': parseWithHappyDom, linkedom: parseWithLinkedom } as const;

describe.each(Object.entries(PARSERS))('split-article (%s)', (_name, parse) => {
  const { input } = extractDocument(parse(readFixture('split-article')));
  const texts = input.blocks.map((b) => b.text);

  it('keeps the lede before the ad box and the body after it, in order', () => {
    const order = [
      'Le conseil municipal adopte le budget',
      'Le conseil municipal a adopté mardi soir',
      "L'opposition a voté contre",
      'Le maire a rappelé',
      '“Russia has never interfered',
      'Elections are a matter for the people',
      'Le vote final a eu lieu',
    ].map((start) => texts.findIndex((t) => t.startsWith(start)));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('keeps <br> lines of a <div> together as one block', () => {
    expect(texts).toContain(
      'Le vote final a eu lieu peu avant minuit.\nLes habitants pourront consulter le budget détaillé en mairie dès lundi.\nUne réunion publique est prévue le mois prochain.',
    );
  });

  it.each([
    'La Gazette du Port',
    'Publicité',
    'À lire aussi',
    'marché couvert',
    'Recevez chaque matin',
    'Partager',
    'dépenses inutiles',
    'mentions légales',
    'masquée par le style',
  ])('leaves out "%s"', (fragment) => expect(texts.join('\n')).not.toContain(fragment));

  it('gives each block its language: French text fr, the unmarked English quote en, the marked blockquote en', () => {
    const langOf = (start: string) => input.blocks.find((b) => b.text.startsWith(start))?.lang;
    expect(input.lang).toBe('fr');
    expect(langOf('Le maire a rappelé')).toBe('fr');
    expect(langOf('“Russia has never interfered')).toBe('en');
    expect(langOf('Elections are a matter')).toBe('en');
  });
});

describe('reading only', () => {
  it('leaves the page DOM exactly as it was', () => {
    for (const parse of Object.values(PARSERS)) {
      const doc = parse(readFixture('split-article'));
      const before = doc.documentElement.outerHTML;
      extractDocument(doc);
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });
});

describe('layout-hidden text', () => {
  const html = `<html lang="en"><body><div class="menu-drawer">Menu drawer text that a stylesheet hides until opened.</div>
    <div class="article-body">${'<p>The council met on Tuesday evening, and the budget passed after a long and heated debate.</p>'.repeat(6)}
    <div class="read-more-collapsed"><p>The rest of the story, collapsed behind a read more button by the site's stylesheet.</p></div></div></body></html>`;
  const collapsed = (el: Element) => /read-more-collapsed|menu-drawer/.test(el.getAttribute('class') ?? '');

  it('inside the located article, text a stylesheet collapses ("read more") is still read', () => {
    const texts = extractDocument(parseWithHappyDom(html), { isHidden: collapsed }).input.blocks.map((b) => b.text);
    expect(texts.some((t) => t.startsWith('The rest of the story'))).toBe(true);
    expect(texts.join('\n')).not.toContain('Menu drawer');
  });
});
