import { useId } from 'react';
import type { Finding } from '@/rules/types';
import { t } from '@/utils/i18n';
import { patternLabel } from '@/utils/pattern-labels';
import { whyLines, type TitleLookup } from '@/utils/trainer';
import { EvidenceTimeline } from './EvidenceTimeline';
import { RecordList } from './RecordList';
import { speakerName } from '@/utils/speaker-name';
import { speakerRole } from './speaker-role';
import { usePanelUi } from './ui-store';
import { presentClaim } from '@/rules/present/index';
import { formatUiDate, presentLang } from '@/utils/present-ui';

/** The claim as rules/present words it: quote marks only for a direct quote, else "Reported"/"Headline"; the speaker only when attributed. */
function presentClaimParts(finding: Finding): { text: string; label: string | null; speaker: string | null } {
  const p = presentClaim(finding, presentLang());
  const attributed = finding.attribution !== 'none' && !(finding.headline && finding.attribution === 'context');
  return { text: p.text, label: p.label, speaker: attributed ? finding.speaker : null };
}

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
  const claim = presentClaimParts(finding);
  return (
    <article
      className="cp-claim"
      aria-labelledby={`${id}-claim`}
      data-finding={finding.id}
      data-selected={selected || undefined}
    >
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
          {claim.text}
        </button>
      </h2>
      <p className="cp-claim-meta">
        <span className="cp-speaker">
          {(claim.speaker ? speakerName({ speaker: claim.speaker, speakerId: finding.speakerId }) : null) ??
            t('speakerUnknown')}
        </span>
        {role ? <span className="cp-muted cp-role">, {role}</span> : null}
      </p>
      <p className="cp-muted">
        {finding.claimDate ? (
          <time dateTime={finding.claimDate} className="cp-claim-date">
            {t('claimDate', formatUiDate(finding.claimDate))}
          </time>
        ) : (
          t('claimDateUnknown')
        )}{' '}
        · {claim.label ?? t('quoteDirect')}
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
      {finding.assessments.length > 0 || finding.scope?.coverage === 'uncovered' ? (
        <div className="cp-record-section">
          <h3 id={`${id}-record`} className="cp-record-heading">
            <button
              type="button"
              className="cp-disclosure"
              aria-expanded={!folded}
              aria-controls={`${id}-record-list`}
              onClick={() => toggleFolded(finding.id)}
            >
              {t('recordHeading')}
            </button>
          </h3>
          <div id={`${id}-record-list`} hidden={folded}>
            <RecordList assessments={finding.assessments} scope={finding.scope} />
          </div>
        </div>
      ) : null}
    </article>
  );
}
