/**
 * The gallery's sample articles, rendered as the gallery renders them and run through the same
 * pipeline (extract → analyze → annotate) in happy-dom: every planted claim is found with its
 * pattern, nothing else is, and no hard negative is touched. The browser test checks the paint.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleView } from '@/components/gallery/ArticleView';
import { analyzePage } from '@/components/gallery/analyze-page';
import { spansOfRange } from '@/page/selection-offsets';
import { SAMPLE_ARTICLES } from '@/components/gallery/articles';
import { PATTERNS } from '@/rules/types';

function render(article: (typeof SAMPLE_ARTICLES)[number]) {
  document.body.innerHTML = `<main>${renderToStaticMarkup(createElement(ArticleView, { article }))}<aside><ul><li>Legend</li></ul></aside></main>`;
  return analyzePage(document, article.published);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('sample articles', () => {
  it('together cover every pattern', () => {
    const covered = new Set(SAMPLE_ARTICLES.flatMap((a) => a.planted.map((p) => p.pattern)));
    expect([...covered].sort()).toEqual([...PATTERNS].sort());
  });

  it.each(SAMPLE_ARTICLES.map((a) => [a.id, a] as const))(
    '%s: the engine finds exactly the planted claims',
    (_id, article) => {
      const { findings } = render(article);
      const found = findings
        .map((f) => ({ pattern: f.pattern, text: f.text }))
        .sort((a, b) => a.text.localeCompare(b.text));
      const planted = [...article.planted].sort((a, b) => a.text.localeCompare(b.text));
      expect(found).toEqual(planted);
      for (const negative of article.negatives) {
        expect(findings.some((f) => negative.includes(f.text) || f.text.includes(negative))).toBe(false);
      }
    },
  );

  it.each(SAMPLE_ARTICLES.map((a) => [a.id, a] as const))(
    '%s: planted and negative texts appear verbatim in the article',
    (_id, article) => {
      render(article);
      const text = document.querySelector('article')!.textContent!;
      for (const t of [...article.planted.map((p) => p.text), ...article.negatives]) expect(text).toContain(t);
    },
  );

  it('maps a selection over a claim back to the finding offsets', () => {
    const article = SAMPLE_ARTICLES[0]!;
    const { findings, annotations, maps } = render(article);
    for (const a of annotations) {
      const range = a.ranges[0]!;
      const spans = spansOfRange(maps, range);
      expect(spans).toEqual([{ block: a.finding.block, start: a.finding.start, end: a.finding.end }]);
    }
    expect(annotations).toHaveLength(findings.length);
  });
});
