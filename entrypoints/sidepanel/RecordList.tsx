import type { FindingAssessment } from '@/rules/types';
import { formatDate, t } from '@/utils/i18n';

/**
 * "What the record shows": the official assessments that answer one claim, oldest first (the
 * engine sorts them). Each says who found what and when, in neutral words, with its source and
 * an archived copy; indictments are labelled allegations, with their outcome so far. Where the
 * source's address could not be confirmed, the source is named and marked unverified instead
 * of linked.
 */
export function RecordList({ assessments }: { assessments: readonly FindingAssessment[] }) {
  return (
    <ol className="cp-record">
      {assessments.map((a) => (
        <li key={a.id} className="cp-assessment" data-assessment={a.id}>
          <p className="cp-assessment-head">
            <time dateTime={a.date} className="cp-date">
              {formatDate(a.date, a.datePrecision)}
            </time>{' '}
            <strong className="cp-assessment-title">{a.title}</strong>
          </p>
          <p className="cp-muted">
            {a.issuer} · {a.kind}
            {a.packPublisher ? <span className="cp-pack-publisher"> · {t('packAssessment', a.packPublisher)}</span> : null}
            {a.allegation ? (
              <>
                {' '}
                <span className="cp-badge cp-allegation">{t('allegation')}</span>
              </>
            ) : null}
          </p>
          <p>{a.finding}</p>
          {a.allegation && a.outcome ? <p className="cp-outcome">{t('outcome', a.outcome)}</p> : null}
          {a.later.length > 0 ? (
            <ul className="cp-later" aria-label={t('later')}>
              {a.later.map((l) => (
                <li key={l.date + l.text}>
                  <time dateTime={l.date}>{formatDate(l.date)}</time>: {l.text}
                </li>
              ))}
            </ul>
          ) : null}
          <p className="cp-links">
            {a.url ? <ExternalLink href={a.url} label={t('source')} /> : <span className="cp-muted">{a.sourceNote ? `${a.sourceNote} — ` : ''}{t('addressUnverified')}</span>}
            {a.archiveUrl ? <ExternalLink href={a.archiveUrl} label={t('archive')} /> : null}
          </p>
        </li>
      ))}
    </ol>
  );
}

/** A link that opens in a new tab, says so to screen readers, and gives the site no opener. */
function ExternalLink({ href, label }: { href: string; label: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {label}
      <span className="cp-sr-only"> {t('opensInNewTab')}</span>
    </a>
  );
}
