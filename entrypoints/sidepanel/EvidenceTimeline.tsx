import { useId } from 'react';
import type { FindingAssessment } from '@/rules/types';
import { formatDate, t, tn } from '@/utils/i18n';
import { layoutTimeline } from './timeline-layout';
import { isAllegation } from '@/rules/present/index';

const WIDTH = 300;
const HEIGHT = 56;
const AXIS_Y = 28;

/**
 * One claim's evidence timeline: the statement's date (a tall bar) against the dates of the
 * official assessments (dots, filled when they predate the statement; allegations are drawn but
 * not counted as findings), drawn as inline SVG so
 * nothing is fetched or bundled for charts. The picture has a title and description for
 * screen readers, and the sentence under it says the same in words.
 */
export function EvidenceTimeline({ claimDate, assessments }: { claimDate: string | null; assessments: readonly FindingAssessment[] }) {
  const id = useId();
  const layout = layoutTimeline(claimDate, assessments, WIDTH);
  if (layout.points.length === 0) return null;
  // Indictments, sanctions and police cases are allegations, not findings: they are drawn but not counted.
  const allegations = new Set(assessments.filter(isAllegation).map((a) => a.id));
  const findingsBefore = layout.points.filter((p) => p.predates && !allegations.has(p.id)).length;
  const summary = claimDate == null ? t('undatedClaim') : findingsBefore === 0 ? t('predateNone') : tn('predate', findingsBefore);
  const claimText = claimDate == null ? t('claimDateUnknown') : formatDate(claimDate);
  return (
    <figure className="cp-timeline" data-predate={findingsBefore}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        focusable="false"
      >
        <title id={`${id}-title`}>{t('timelineTitle')}</title>
        <desc id={`${id}-desc`}>
          {t('timelineDesc', [claimText, String(layout.points.length)])} {summary}.
        </desc>
        <line className="cp-timeline-axis" x1={0} x2={WIDTH} y1={AXIS_Y} y2={AXIS_Y} />
        {layout.points.map((p) => (
          <circle key={p.id} className={p.predates ? 'cp-timeline-dot cp-before' : 'cp-timeline-dot'} cx={p.x} cy={AXIS_Y} r={5} data-date={p.date}>
            <title>{formatDate(p.date)}</title>
          </circle>
        ))}
        {layout.claimX != null ? <rect className="cp-timeline-claim" x={layout.claimX - 2} y={AXIS_Y - 14} width={4} height={28} /> : null}
        {layout.startYear != null ? (
          <text className="cp-timeline-year" x={2} y={HEIGHT - 2}>
            {layout.startYear}
          </text>
        ) : null}
        {layout.endYear != null && layout.endYear !== layout.startYear ? (
          <text className="cp-timeline-year" x={WIDTH - 2} y={HEIGHT - 2} textAnchor="end">
            {layout.endYear}
          </text>
        ) : null}
      </svg>
      <figcaption className="cp-muted">
        <span className="cp-timeline-key" aria-hidden="true" /> {t('timelineStatement')}: {claimText}. {summary}.
      </figcaption>
    </figure>
  );
}
