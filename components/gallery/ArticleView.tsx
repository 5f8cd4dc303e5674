import { formatDate } from '@/rules/present/index';
import type { SampleArticle } from './article-types';

/** A sample article as a news site would mark it up: header, byline, dateline, body, pull quote, figure. */
export function ArticleView({ article }: { article: SampleArticle }) {
  let first = true;
  return (
    <article className="gallery-article" lang="en" data-article={article.id}>
      <header>
        <div className="gallery-kicker">{article.section}</div>
        <h1>{article.headline}</h1>
        <div className="gallery-byline">
          <span rel="author">{article.byline}</span> ·{' '}
          <time dateTime={article.published}>{formatDate(article.published, 'en')}</time>
        </div>
      </header>
      {article.parts.map((part, i) => {
        if (part.kind === 'figure') {
          return (
            <figure key={i} className="gallery-figure">
              <div className="gallery-photo" role="img" aria-label="Photo placeholder" />
              <figcaption>{part.caption}</figcaption>
            </figure>
          );
        }
        if (part.kind === 'blockquote') {
          return (
            <blockquote key={i} cite={part.cite}>
              <p>{part.text}</p>
            </blockquote>
          );
        }
        if (first) {
          first = false;
          return (
            <p key={i}>
              <span className="gallery-dateline">{article.dateline}</span> — {part.text}
            </p>
          );
        }
        return <p key={i}>{part.text}</p>;
      })}
    </article>
  );
}
