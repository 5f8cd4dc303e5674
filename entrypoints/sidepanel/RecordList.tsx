import type { EvidenceScope, FindingAssessment } from '@/rules/types';
import { presentAssessment, scopeLines } from '@/rules/present/index';
import { presentLang } from '@/utils/present-ui';
import { dateLocale, t } from '@/utils/i18n';

/**
 * "What the record shows": the official assessments that answer one claim, most relevant first
 * (the engine orders them), worded by rules/present like the in-page card: what they answer
 * (the claim's election, or that none covers it), who found what and when, the caveat, later
 * developments, allegations with their outcome, and the links that were checked.
 */
export function RecordList({
  assessments,
  scope,
}: {
  assessments: readonly FindingAssessment[];
  scope?: EvidenceScope;
}) {
  const lang = presentLang();
  const lines = scopeLines(scope, assessments.length, lang);
  return (
    <>
      {lines.map((line) => (
        <p key={line} className="cp-scope">
          {line}
        </p>
      ))}
      <ol className="cp-record">
        {assessments.map((a) => {
          const p = presentAssessment(a, lang, dateLocale());
          return (
            <li key={a.id} className={p.balance ? 'cp-assessment cp-balance' : 'cp-assessment'} data-assessment={a.id}>
              {p.balance ? <p className="cp-badge">{p.balance}</p> : null}
              <p className="cp-assessment-head">
                <time dateTime={a.date} className="cp-date">
                  {p.dateText}
                </time>{' '}
                <strong className="cp-assessment-title">{p.title}</strong>
              </p>
              <p className="cp-muted">
                {p.issuer} · {p.kindLabel}
                {a.packPublisher ? (
                  <span className="cp-pack-publisher"> · {t('packAssessment', a.packPublisher)}</span>
                ) : null}
                {p.allegation ? (
                  <>
                    {' '}
                    <span className="cp-badge cp-allegation">{t('allegation')}</span>
                  </>
                ) : null}
              </p>
              <p>{p.finding}</p>
              {p.caveat ? <p className="cp-caveat">{p.caveat}</p> : null}
              {p.allegation ? <p className="cp-outcome">{p.allegation}</p> : null}
              {p.later.length > 0 ? (
                <ul className="cp-later" aria-label={t('later')}>
                  {p.later.map((l) => (
                    <li key={l.date + l.text}>
                      <time dateTime={l.date}>{l.dateText}</time>: {l.text}
                    </li>
                  ))}
                </ul>
              ) : null}
              <p className="cp-links">
                {p.links.map((l) => (
                  <ExternalLink key={l.href} href={l.href} label={l.label} />
                ))}
                {p.links.length === 0 && p.unverified ? <span className="cp-muted">{p.unverified}</span> : null}
              </p>
            </li>
          );
        })}
      </ol>
    </>
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
