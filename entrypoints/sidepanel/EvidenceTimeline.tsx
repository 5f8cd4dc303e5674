import { useEffect, useId, useRef, useState } from 'react';
import type { FindingAssessment } from '@/rules/types';
import { t, tn } from '@/utils/i18n';
import { formatUiDate } from '@/utils/present-ui';
import { isAllegation } from '@/rules/present/index';
import { layoutTimeline, placeMarkers } from './timeline-layout';

/** Marker and row sizes in CSS pixels: the same at 320 px and at 1000 px. */
const DOT_R = 5;
const LANE_H = 32;
const TOP = 10;
const SIDE = 24;

/** The figure's width in CSS pixels, following the panel as it is resized. */
function useWidth(): [React.RefObject<HTMLElement | null>, number] {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(300);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setWidth(Math.max(160, Math.round(el.clientWidth)));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** A sentence ends with one full stop, whatever the message already ends with. */
const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/**
 * One claim's evidence timeline: the statement's date (a tall bar) against the dates of the
 * official assessments (dots, filled when they predate the statement; allegations are drawn but
 * not counted as findings), drawn as inline SVG at the panel's real width, so markers keep their
 * size and every marker is labelled with its year, lanes keeping labels apart (`placeMarkers`).
 * The picture has a title and description for
 * screen readers, and the sentence under it says the same in words.
 */
export function EvidenceTimeline({
  claimDate,
  assessments,
}: {
  claimDate: string | null;
  assessments: readonly FindingAssessment[];
}) {
  const id = useId();
  const [ref, width] = useWidth();
  const layout = layoutTimeline(claimDate, assessments, width - 2 * SIDE, 0);
  if (layout.points.length === 0) return null;
  // Indictments, sanctions and police cases are allegations, not findings: they are drawn but not counted.
  const allegations = new Set(assessments.filter(isAllegation).map((a) => a.id));
  const findingsBefore = layout.points.filter((p) => p.predates && !allegations.has(p.id)).length;
  const summary =
    claimDate == null ? t('undatedClaim') : findingsBefore === 0 ? t('predateNone') : tn('predate', findingsBefore);
  const year = (date: string) => date.slice(0, 4);
  const markers = placeMarkers(layout, claimDate ? `${t('timelineStatement')} ${year(claimDate)}` : null, year, SIDE);
  const lanes = Math.max(1, ...markers.map((m) => m.lane + 1));
  const height = TOP + lanes * LANE_H;
  const caption =
    claimDate == null
      ? sentence(summary)
      : `${t('timelineStatement')}: ${formatUiDate(claimDate)}. ${sentence(summary)}`;
  return (
    <figure
      className="cp-timeline"
      data-predate={findingsBefore}
      data-lanes={lanes}
      ref={ref as React.RefObject<HTMLElement>}
    >
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        focusable="false"
      >
        <title id={`${id}-title`}>{t('timelineTitle')}</title>
        <desc id={`${id}-desc`}>
          {t('timelineDesc', [
            claimDate == null ? t('claimDateUnknown') : formatUiDate(claimDate),
            String(layout.points.length),
          ])}{' '}
          {sentence(summary)}
        </desc>
        <line className="cp-timeline-axis" x1={SIDE - 8} x2={width - SIDE + 8} y1={TOP} y2={TOP} />
        {/* Stems first, so no stem is drawn over another marker's label. */}
        {markers
          .filter((m) => m.lane > 0)
          .map((m) => (
            <line
              key={`stem-${m.id}`}
              className="cp-timeline-stem"
              x1={SIDE + m.x}
              x2={SIDE + m.x}
              y1={TOP}
              y2={TOP + m.lane * LANE_H}
            />
          ))}
        {markers.map((m) => {
          const x = SIDE + m.x;
          const y = TOP + m.lane * LANE_H;
          return (
            <g key={m.id} className="cp-timeline-marker" data-kind={m.kind} data-lane={m.lane}>
              {m.kind === 'claim' ? (
                <rect className="cp-timeline-claim" x={x - 2} y={y - 9} width={4} height={18} />
              ) : (
                <circle
                  className={m.kind === 'before' ? 'cp-timeline-dot cp-before' : 'cp-timeline-dot'}
                  cx={x}
                  cy={y}
                  r={DOT_R}
                />
              )}
              <text className="cp-timeline-year" x={m.labelX} y={y + 20} textAnchor="middle">
                {m.label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="cp-muted">
        <span className="cp-timeline-key" aria-hidden="true" /> {caption}
      </figcaption>
    </figure>
  );
}
