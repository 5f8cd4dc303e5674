import type { Finding } from '@/rules/types';
import { patternLabel } from '@/utils/pattern-labels';
import { presentClaim, scopeLines } from '@/rules/present/index';
import { AssessmentItem } from './AssessmentItem';

/** The claims found in the article, in reading order: pattern, speaker, claim, why, and the record. */
export function FindingsList({
  findings,
  onFocus,
}: {
  findings: readonly Finding[];
  onFocus?: (f: Finding | null) => void;
}) {
  if (findings.length === 0) return <div className="gallery-muted">No claims found.</div>;
  return (
    <ol className="gallery-findings">
      {findings.map((f) => {
        const claim = presentClaim(f, 'en');
        return (
          <li
            key={f.id}
            data-pattern={f.pattern}
            tabIndex={0}
            onMouseEnter={() => onFocus?.(f)}
            onMouseLeave={() => onFocus?.(null)}
            onFocus={() => onFocus?.(f)}
            onBlur={() => onFocus?.(null)}
          >
            <div>
              <span className="gallery-tag" data-pattern={f.pattern}>
                {patternLabel(f.pattern)}
              </span>{' '}
              <span className="gallery-muted">{claim.byline}</span>
            </div>
            <div className="gallery-claim">{claim.text}</div>
            <div className="gallery-why">{f.why}</div>
            <details>
              <summary>
                {f.assessments.length} official {f.assessments.length === 1 ? 'assessment' : 'assessments'}
              </summary>
              {scopeLines(f.scope, f.assessments.length, 'en').map((line) => (
                <div key={line} className="gallery-muted">
                  {line}
                </div>
              ))}
              <ul>
                {f.assessments.map((a) => (
                  <AssessmentItem key={a.id} a={a} />
                ))}
              </ul>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
