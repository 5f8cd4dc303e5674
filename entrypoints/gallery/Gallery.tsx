import { useCallback, useLayoutEffect, useState } from 'react';
import { AppHeader } from '@/components/AppHeader';
import { analyzePage, type PageAnalysis } from '@/components/gallery/analyze-page';
import { ArticleView } from '@/components/gallery/ArticleView';
import type { SampleArticle } from '@/components/gallery/article-types';
import { ExportButtons } from '@/components/gallery/ExportButtons';
import { FindingsList } from '@/components/gallery/FindingsList';
import { Legend } from '@/components/gallery/Legend';
import { clearPaint, paintPage, setActive } from '@/components/gallery/paint';
import { PatternPage } from '@/components/gallery/PatternPage';
import { useHashRoute } from '@/components/gallery/use-hash-route';
import type { ExportDocument } from '@/rules/export/index';
import { PATTERNS, type PatternId } from '@/rules/types';
import { patternLabel } from '@/utils/pattern-labels';
import { articleById, SAMPLE_ARTICLES } from '@/components/gallery/articles';

/**
 * Routes: `#/article/<id>` (default: the first article) shows an article annotated as on the
 * web; `#/pattern/<pattern>` explains one pattern. Works offline: everything ships inside.
 */
export function Gallery() {
  const [kind, id] = useHashRoute();
  const pattern = kind === 'pattern' && (PATTERNS as readonly string[]).includes(id ?? '') ? (id as PatternId) : null;
  const article = pattern ? null : (articleById(id) ?? SAMPLE_ARTICLES[0]!);
  return (
    <div className="gallery">
      <nav aria-label="Gallery">
        <AppHeader subtitle="Demo gallery" />
        <h2>Sample articles</h2>
        <ul>
          {SAMPLE_ARTICLES.map((a) => (
            <li key={a.id}>
              <a href={`#/article/${a.id}`} aria-current={a === article ? 'page' : undefined}>
                {a.headline}
              </a>
            </li>
          ))}
        </ul>
        <h2>Patterns</h2>
        <ul>
          {PATTERNS.map((p) => (
            <li key={p}>
              <a href={`#/pattern/${p}`} aria-current={p === pattern ? 'page' : undefined}>
                {patternLabel(p)}
              </a>
            </li>
          ))}
        </ul>
        <a href="quiz.html">Take the quiz</a>
      </nav>
      {article ? <ArticleScreen key={article.id} article={article} /> : <PatternScreen pattern={pattern!} />}
    </div>
  );
}

function ArticleScreen({ article }: { article: SampleArticle }) {
  const [analysis, setAnalysis] = useState<PageAnalysis | null>(null);

  useLayoutEffect(() => {
    const result = analyzePage(document, article.published);
    setAnalysis(result);
    paintPage(result.annotations, document.querySelector('.gallery-legend'));
    return () => clearPaint();
  }, [article]);

  const makeDocument = useCallback(
    (): ExportDocument | null =>
      analysis && {
        source: location.href,
        url: location.href,
        title: article.headline,
        published: article.published,
        blocks: analysis.blocks,
        findings: analysis.findings,
        generatedAt: new Date().toISOString(),
      },
    [analysis, article],
  );

  return (
    <>
      <main data-state={analysis ? 'ready' : 'loading'} data-findings={analysis?.findings.length ?? 0}>
        <div className="gallery-note">
          A sample article written for training. The statements in it are illustrative, not quotes of real people.
        </div>
        <ArticleView article={article} />
        <ExportButtons makeDocument={makeDocument} baseName={`counterpoint-${article.id}`} />
      </main>
      <aside aria-label="Claims in this article">
        <Legend />
        <h2>Claims in this article</h2>
        {analysis ? (
          <FindingsList
            findings={analysis.findings}
            onFocus={(f) => setActive(f ? (analysis.annotations.find((a) => a.finding.id === f.id) ?? null) : null)}
          />
        ) : null}
      </aside>
    </>
  );
}

function PatternScreen({ pattern }: { pattern: PatternId }) {
  useLayoutEffect(() => {
    paintPage([], document.querySelector('.gallery-legend'));
    return () => clearPaint();
  }, [pattern]);
  return (
    <>
      <main data-state="ready">
        <PatternPage pattern={pattern} />
      </main>
      <aside aria-label="Legend">
        <Legend />
      </aside>
    </>
  );
}
