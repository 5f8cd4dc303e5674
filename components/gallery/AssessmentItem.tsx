import { presentAssessment, type PresentableAssessment } from '@/rules/present/index';

/**
 * One official assessment, worded by rules/present like the card and the side panel: title,
 * issuer, kind in reader words, date, the full finding with its caveat, allegations with
 * their outcome, later developments and the checked links.
 */
export function AssessmentItem({ a }: { a: PresentableAssessment }) {
  const p = presentAssessment(a, 'en');
  return (
    <li className="gallery-assessment" data-assessment={p.id}>
      {p.balance ? <div className="gallery-muted">{p.balance}</div> : null}
      <div>
        <strong>{p.title}</strong>
      </div>
      <div className="gallery-muted">
        {p.issuer} · {p.kindLabel} · <time dateTime={p.date}>{p.dateText}</time>
      </div>
      <div>{p.finding}</div>
      {p.caveat ? <div className="gallery-muted">{p.caveat}</div> : null}
      {p.allegation ? <div className="gallery-muted">{p.allegation}</div> : null}
      {p.later.map((l) => (
        <div key={l.date + l.text} className="gallery-muted">
          <time dateTime={l.date}>{l.dateText}</time>: {l.text}
        </div>
      ))}
      <div>
        {p.links.map((l) => (
          <a key={l.href} href={l.href} target="_blank" rel="noopener noreferrer" style={{ marginRight: '0.75em' }}>
            {l.label}
          </a>
        ))}
        {p.links.length === 0 && p.unverified ? <span className="gallery-muted">{p.unverified}</span> : null}
      </div>
    </li>
  );
}
