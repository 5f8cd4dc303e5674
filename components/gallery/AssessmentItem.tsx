/** One official assessment: title, issuer, kind, date, the finding in our words; allegations say so. */
export interface AssessmentLike {
  title: string;
  issuer: string;
  kind: string;
  date: string;
  url: string | null;
  finding: string;
  allegation: boolean;
  outcome?: string;
}

export function AssessmentItem({ a }: { a: AssessmentLike }) {
  return (
    <li className="gallery-assessment">
      <div>
        <strong>{a.url ? <a href={a.url} target="_blank" rel="noreferrer">{a.title}</a> : a.title}</strong>
      </div>
      <div className="gallery-muted">
        {a.issuer} · {a.kind.replace(/-/g, ' ')} · <time dateTime={a.date}>{a.date}</time>
      </div>
      <div>{a.finding}</div>
      {a.allegation ? <div className="gallery-muted">Allegation, not tested in court{a.outcome ? `: ${a.outcome}` : '.'}</div> : null}
    </li>
  );
}
