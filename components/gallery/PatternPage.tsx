import type { PatternId } from '@/rules/types';
import { patternLabel } from '@/utils/pattern-labels';
import { AssessmentItem } from './AssessmentItem';
import { assessmentsOf, PATTERN_DEFINITIONS, REAL_EXAMPLES, rulesOf } from './pattern-info';

/** One pattern explained: definition, a sourced real example, the rules with their examples and "why", the record. */
export function PatternPage({ pattern }: { pattern: PatternId }) {
  const real = REAL_EXAMPLES[pattern];
  const rules = rulesOf(pattern);
  const assessments = assessmentsOf(pattern);
  return (
    <section className="gallery-pattern" data-pattern={pattern} aria-labelledby="pattern-title">
      <h2 id="pattern-title">
        <span className="gallery-tag" data-pattern={pattern}>
          {patternLabel(pattern)}
        </span>
      </h2>
      <div className="gallery-definition">{PATTERN_DEFINITIONS[pattern]}</div>
      <h3>A real example</h3>
      {real ? (
        <figure className="gallery-real">
          <blockquote>“{real.quote}”</blockquote>
          <figcaption>
            {real.speaker} · {real.date ? <time dateTime={real.date}>{real.date}</time> : 'date not confirmed'} ·{' '}
            {real.source}
          </figcaption>
        </figure>
      ) : (
        <div className="gallery-muted">
          No sourced example ships for this pattern: the reference could not confirm when the seed’s remark was made.
          The rule examples below show its shape.
        </div>
      )}
      <h3>Rules that find it</h3>
      <ul className="gallery-rules">
        {rules.map(({ packTitle, rule }) => (
          <li key={rule.id} data-rule={rule.id}>
            <strong>{rule.title}</strong> <span className="gallery-muted">({packTitle})</span>
            {rule.example ? <div className="gallery-example">Example: “{rule.example}”</div> : null}
            <div className="gallery-why">{rule.why}</div>
          </li>
        ))}
      </ul>
      <h3>The record that answers it</h3>
      <ul>
        {assessments.map((a) => (
          <AssessmentItem key={a.id} a={a} />
        ))}
      </ul>
    </section>
  );
}
