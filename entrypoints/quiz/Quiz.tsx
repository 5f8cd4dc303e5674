import { useLayoutEffect, useRef, useState } from 'react';
import { AppHeader } from '@/components/AppHeader';
import { analyzePage, type PageAnalysis } from '@/components/gallery/analyze-page';
import { ArticleView } from '@/components/gallery/ArticleView';
import type { SampleArticle } from '@/components/gallery/article-types';
import { Legend } from '@/components/gallery/Legend';
import { clearPaint, paintPage } from '@/components/gallery/paint';
import { PATTERN_DEFINITIONS } from '@/components/gallery/pattern-info';
import { claimCore, scoreQuiz, type QuizMark, type QuizResult } from '@/components/gallery/quiz-scoring';
import { spansOfRange } from '@/page/selection-offsets';
import { useHashRoute } from '@/components/gallery/use-hash-route';
import { articleById, SAMPLE_ARTICLES } from '@/components/gallery/articles';
import { PATTERNS, type Finding, type PatternId } from '@/rules/types';
import { patternLabel } from '@/utils/pattern-labels';

/** `quiz.html#/<article id>`: find the claims yourself, then check against the engine. */
export function Quiz() {
  const [id] = useHashRoute();
  const article = articleById(id) ?? SAMPLE_ARTICLES[0]!;
  return (
    <div className="gallery">
      <nav aria-label="Quiz articles">
        <AppHeader subtitle="Quiz" />
        <h2>Articles</h2>
        <ul>
          {SAMPLE_ARTICLES.map((a) => (
            <li key={a.id}>
              <a href={`#/${a.id}`} aria-current={a === article ? 'page' : undefined}>
                {a.headline}
              </a>
            </li>
          ))}
        </ul>
        <a href="gallery.html">Back to the gallery</a>
      </nav>
      <QuizRound key={article.id} article={article} />
    </div>
  );
}

function QuizRound({ article }: { article: SampleArticle }) {
  const analysis = useRef<PageAnalysis | null>(null);
  const [ready, setReady] = useState(false);
  const [pattern, setPattern] = useState<PatternId>('denial');
  const [marks, setMarks] = useState<(QuizMark & { text: string })[]>([]);
  const [notice, setNotice] = useState('');
  const [result, setResult] = useState<QuizResult<Finding> | null>(null);

  // Analyse now (the answers), paint nothing until "Check": the highlights stay hidden.
  useLayoutEffect(() => {
    analysis.current = analyzePage(document, article.published);
    clearPaint();
    paintPage([], document.querySelector('.gallery-legend'));
    setReady(true);
    return () => clearPaint();
  }, [article]);

  const markSelection = () => {
    const a = analysis.current;
    const selection = window.getSelection();
    if (!a || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
      setNotice('Select a passage in the article first.');
      return;
    }
    const spans = spansOfRange(a.maps, selection.getRangeAt(0));
    if (spans.length === 0) {
      setNotice('Select text inside the article.');
      return;
    }
    const added = spans.map((s, i) => ({
      ...s,
      pattern,
      id: `m${marks.length + i + 1}`,
      text: a.blocks[s.block]!.text.slice(s.start, s.end),
    }));
    setMarks([...marks, ...added]);
    setNotice(`Marked as ${patternLabel(pattern)}.`);
    selection.removeAllRanges();
  };

  const check = () => {
    const a = analysis.current;
    if (!a) return;
    setResult(scoreQuiz(marks, a.findings));
    paintPage(a.annotations, document.querySelector('.gallery-legend'));
  };

  const reset = () => {
    setMarks([]);
    setResult(null);
    setNotice('');
    paintPage([], document.querySelector('.gallery-legend'));
  };

  return (
    <>
      <main data-state={ready ? 'ready' : 'loading'} data-checked={result ? 'true' : 'false'}>
        <div className="gallery-note">
          Select a passage you think is a claim, choose its pattern and press “Mark as claim”. Then press “Check”.
        </div>
        <ArticleView article={article} />
        <div className="quiz-controls">
          <label>
            Pattern{' '}
            <select value={pattern} onChange={(e) => setPattern(e.target.value as PatternId)} disabled={!!result}>
              {PATTERNS.map((p) => (
                <option key={p} value={p}>
                  {patternLabel(p)}
                </option>
              ))}
            </select>
          </label>
          {/* preventDefault on mousedown keeps the article selection when the button is pressed. */}
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={markSelection} disabled={!!result}>
            Mark as claim
          </button>
          <button type="button" onClick={check} disabled={!!result}>
            Check
          </button>
          <button type="button" onClick={reset}>
            Start again
          </button>
        </div>
        <div role="status">{notice}</div>
      </main>
      <aside aria-label="Your marks and results">
        <Legend />
        <h2>Your marks</h2>
        {marks.length === 0 ? (
          <div className="gallery-muted">None yet.</div>
        ) : (
          <ol className="quiz-marks">
            {marks.map((m) => (
              <li key={m.id}>
                <span className="gallery-tag">{patternLabel(m.pattern)}</span> <q>{m.text}</q>
              </li>
            ))}
          </ol>
        )}
        {result ? <Results result={result} marks={marks} /> : null}
      </aside>
    </>
  );
}

function Results({ result, marks }: { result: QuizResult<Finding>; marks: readonly (QuizMark & { text: string })[] }) {
  const textOf = (id: string) => marks.find((m) => m.id === id)?.text ?? '';
  return (
    <section className="quiz-results" aria-labelledby="results-title">
      <h2 id="results-title">Results</h2>
      <p className="quiz-summary" data-testid="quiz-summary">
        Found <span data-testid="quiz-hits">{result.hits.length}</span> of {result.claims} claims (
        <span data-testid="quiz-right-pattern">{result.rightPattern}</span> with the right pattern) · missed{' '}
        <span data-testid="quiz-misses">{result.misses.length}</span> · false alarms{' '}
        <span data-testid="quiz-false-alarms">{result.falseAlarms.length}</span>
      </p>
      <h3>Found</h3>
      {result.hits.length === 0 ? <p className="gallery-muted">None.</p> : null}
      <ul>
        {result.hits.map((h) => (
          <li key={h.target.id} data-result="hit" data-pattern-correct={String(h.patternCorrect)}>
            <q>{h.target.text}</q>
            {h.patternCorrect ? (
              <div className="quiz-verdict">
                You marked it as <strong>{patternLabel(h.mark.pattern)}</strong>: right.
              </div>
            ) : (
              <div className="quiz-verdict">
                You marked it as <strong>{patternLabel(h.mark.pattern)}</strong>; it is a{' '}
                <strong>{patternLabel(h.target.pattern)}</strong>. {PATTERN_DEFINITIONS[h.target.pattern]}
              </div>
            )}
            <div className="gallery-why">Why the rule matched: {h.target.why}</div>
          </li>
        ))}
      </ul>
      <h3>Missed</h3>
      {result.misses.length === 0 ? <p className="gallery-muted">None.</p> : null}
      <ul>
        {result.misses.map((f) => (
          <li key={f.id} data-result="miss">
            <q>{f.text}</q>
            <div className="quiz-verdict">
              <strong>{patternLabel(f.pattern)}</strong>: {PATTERN_DEFINITIONS[f.pattern]}
            </div>
            <div className="gallery-why">Why the rule matched: {f.why}</div>
          </li>
        ))}
      </ul>
      <h3>False alarms</h3>
      {result.falseAlarms.length === 0 ? <p className="gallery-muted">None.</p> : null}
      <ul>
        {result.falseAlarms.map(({ mark, attributionOf }) => (
          <li key={mark.id} data-result="false-alarm" data-attribution={attributionOf ? 'true' : undefined}>
            <q>{textOf(mark.id)}</q>
            <div className="quiz-verdict">
              You marked it as <strong>{patternLabel(mark.pattern)}</strong>.{' '}
              {attributionOf
                ? `This names who spoke, not what was claimed: mark the claim's own words (“${coreText(attributionOf)}”).`
                : 'No rule marks this passage: it does not deny, dismiss or deflect the record of interference, or it is about something else.'}
            </div>
          </li>
        ))}
      </ul>
      <h3>By pattern</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Pattern</th>
            <th scope="col">Claims</th>
            <th scope="col">Right pattern</th>
            <th scope="col">Other pattern</th>
            <th scope="col">Missed</th>
            <th scope="col">False alarms</th>
          </tr>
        </thead>
        <tbody>
          {PATTERNS.map((p) => {
            const r = result.perPattern[p];
            return (
              <tr key={p} data-pattern={p}>
                <th scope="row">{patternLabel(p)}</th>
                <td>{r.expected}</td>
                <td>{r.correct}</td>
                <td>{r.wrongPattern}</td>
                <td>{r.missed}</td>
                <td>{r.falseAlarms}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** The words of a claim without its attribution, as the trainee should have marked them. */
function coreText(finding: Finding): string {
  const core = claimCore(finding);
  return finding.text.slice(core.start - finding.start, core.end - finding.start);
}
