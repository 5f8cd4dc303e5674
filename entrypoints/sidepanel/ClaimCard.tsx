import { useId } from 'react';
import type { Finding } from '@/rules/types';
import { formatDate, t } from '@/utils/i18n';
import { patternLabel } from '@/utils/pattern-labels';
import { whyLines, type TitleLookup } from '@/utils/trainer';
import { EvidenceTimeline } from './EvidenceTimeline';
import { RecordList } from './RecordList';
import { speakerName } from '@/utils/speaker-name';
import { speakerRole } from './speaker-role';
import { usePanelUi } from './ui-store';

export interface ClaimCardProps {
  finding: Finding;
  /** The one claim in the tab order (roving focus); the others are reached with the arrows. */
  tabbable: boolean;
  onShow(finding: Finding): void;
  /** Trainer mode: pack and rule titles; the card then lists the cues that matched, open. */
  trainer?: TitleLookup | null;
}

/**
 * One claim: the words as written (a button: click or Enter shows it on the page), who said
 * it and when, whether quoted or reported, its pattern and why it matched, the timeline, and
 * the record that answers it.
 */
export function ClaimCard({ finding, tabbable, onShow, trainer = null }: ClaimCardProps) {
  const id = useId();
  const folded = usePanelUi((s) => s.folded[finding.id] === true);
  const selected = usePanelUi((s) => s.selectedId === finding.id);
  const toggleFolded = usePanelUi((s) => s.toggleFolded);
  const select = usePanelUi((s) => s.select);
  const role = speakerRole(finding.speakerId);
  return (
    <article className="cp-claim" aria-labelledby={`${id}-claim`} data-finding={finding.id} data-selected={selected || undefined}>
      <h2 className="cp-claim-heading">
        <button
          id={`${id}-claim`}
          type="button"
          className="cp-claim-text"
          data-claim-button={finding.id}
          tabIndex={tabbable ? 0 : -1}
          onFocus={() => select(finding.id)}
          onClick={() => onShow(finding)}
        >
          {finding.quoted ? `“${finding.text}”` : finding.text}
        </button>
      </h2>
      <p className="cp-claim-meta">
        <span className="cp-speaker">{speakerName(finding) ?? t('speakerUnknown')}</span>
        {role ? <span className="cp-muted cp-role">, {role}</span> : null}
      </p>
      <p className="cp-muted">
        {finding.claimDate ? (
          <time dateTime={finding.claimDate} className="cp-claim-date">
            {t('claimDate', formatDate(finding.claimDate))}
          </time>
        ) : (
          t('claimDateUnknown')
        )}{' '}
        · {finding.quoted ? t('quoteDirect') : t('quoteReported')}
      </p>
      <p>
        {trainer ? (
          <span className={`cp-swatch cp-swatch-${finding.pattern}`} aria-hidden="true">
            Abc
          </span>
        ) : null}{' '}
        <span className={`cp-badge cp-pattern cp-pattern-${finding.pattern}`}>{patternLabel(finding.pattern)}</span>
      </p>
      <details className="cp-why" open={trainer ? true : undefined}>
        <summary>{t('whyMatched')}</summary>
        <p>{finding.why}</p>
        {trainer ? (
          <ul className="cp-cues" data-trainer-why="">
            {whyLines(finding, trainer).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
      </details>
      <EvidenceTimeline claimDate={finding.claimDate} assessments={finding.assessments} />
      {finding.assessments.length > 0 ? (
        <div className="cp-record-section">
          <h3 id={`${id}-record`} className="cp-record-heading">
            <button type="button" className="cp-disclosure" aria-expanded={!folded} aria-controls={`${id}-record-list`} onClick={() => toggleFolded(finding.id)}>
              {t('recordHeading')}
            </button>
          </h3>
          <div id={`${id}-record-list`} hidden={folded}>
            <RecordList assessments={finding.assessments} />
          </div>
        </div>
      ) : null}
    </article>
  );
}
