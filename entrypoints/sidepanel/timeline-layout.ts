/**
 * Layout maths for a claim's evidence timeline: where the statement and each assessment sit on
 * a horizontal axis, and which assessments predate the statement. Pure, so it is unit-tested
 * without a DOM; `EvidenceTimeline` only draws what this returns.
 */

/**
 * Compares two ISO dates of possibly different precision at the precision both have:
 * "2017-01" vs "2024-03-06" → -1; "2024" vs "2024-03-06" → 0 (cannot tell which came first).
 */
export function compareIsoDates(a: string, b: string): -1 | 0 | 1 {
  const n = Math.min(a.length, b.length, 10);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Days since 1970 for the start of the period an ISO date names (NaN when unparseable). */
export function dayNumber(iso: string): number {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return NaN;
  return Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)) / 86_400_000;
}

export interface TimelinePoint {
  id: string;
  date: string;
  x: number;
  /** True when the assessment is dated before the statement (at the precision both have). */
  predates: boolean;
}

export interface TimelineLayout {
  width: number;
  /** The statement's x, or null when the claim has no date. */
  claimX: number | null;
  points: TimelinePoint[];
  predateCount: number;
  /** Years at the axis ends, for labels. */
  startYear: number | null;
  endYear: number | null;
}

/**
 * Places the dates on `[pad, width - pad]`, linearly in time. A single date (or several on the
 * same day) sits in the middle.
 */
export function layoutTimeline(
  claimDate: string | null,
  assessments: readonly { id: string; date: string }[],
  width = 300,
  pad = 12,
): TimelineLayout {
  const dated = assessments.filter((a) => Number.isFinite(dayNumber(a.date)));
  const claimDay = claimDate != null && Number.isFinite(dayNumber(claimDate)) ? dayNumber(claimDate) : null;
  const days = [...dated.map((a) => dayNumber(a.date)), ...(claimDay == null ? [] : [claimDay])];
  if (days.length === 0) return { width, claimX: null, points: [], predateCount: 0, startYear: null, endYear: null };
  const min = Math.min(...days);
  const max = Math.max(...days);
  const span = max - min;
  const xOf = (day: number) => (span === 0 ? width / 2 : pad + ((day - min) / span) * (width - 2 * pad));
  const points = dated.map((a) => ({
    id: a.id,
    date: a.date,
    x: xOf(dayNumber(a.date)),
    predates: claimDate != null && claimDay != null && compareIsoDates(a.date, claimDate) < 0,
  }));
  const yearOf = (day: number) => new Date(day * 86_400_000).getUTCFullYear();
  return {
    width,
    claimX: claimDay == null ? null : xOf(claimDay),
    points,
    predateCount: points.filter((p) => p.predates).length,
    startYear: yearOf(min),
    endYear: yearOf(max),
  };
}

/** A marker drawn at a fixed size whatever the panel's width, with its label, in a lane. */
export interface TimelineMarker {
  id: string;
  kind: 'claim' | 'before' | 'after';
  x: number;
  label: string;
  /** Where the label's centre is, in the drawing's coordinates (kept inside its width). */
  labelX: number;
  /** 0 is the axis row; markers that would touch another marker's label go one row down. */
  lane: number;
}

/** Pixels per label character (11 px sans-serif, generous) and the gap kept between labels. */
const CHAR_PX = 7;
const LABEL_GAP = 6;

/**
 * Issue #15: the timeline at the panel's real width, so markers keep their size and labels
 * never overlap: each marker (the statement and each dated assessment) gets a label (its year;
 * the statement's says so), and a marker whose label would touch one already placed in a lane
 * moves to the next lane. `side` is the margin the drawing keeps on each side of the axis (marker
 * x are axis coordinates; labels may use the margins). Pure; `labelOf` formats a date.
 */
export const LABEL_CHAR_PX = CHAR_PX;
export function placeMarkers(
  layout: TimelineLayout,
  claimLabel: string | null,
  labelOf: (date: string) => string,
  side = 0,
): TimelineMarker[] {
  const total = layout.width + 2 * side;
  const markers: Omit<TimelineMarker, 'lane' | 'labelX'>[] = layout.points.map((p) => ({
    id: p.id,
    kind: p.predates ? 'before' : 'after',
    x: p.x,
    label: labelOf(p.date),
  }));
  if (layout.claimX != null && claimLabel)
    markers.push({ id: '(claim)', kind: 'claim', x: layout.claimX, label: claimLabel });
  markers.sort((a, b) => a.x - b.x);
  const laneEnds: number[] = [];
  return markers.map((m) => {
    const half = (m.label.length * CHAR_PX) / 2;
    const labelX = Math.min(Math.max(m.x + side, half), Math.max(half, total - half));
    const left = labelX - half;
    let lane = laneEnds.findIndex((end) => end + LABEL_GAP <= left);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = labelX + half;
    return { ...m, labelX, lane };
  });
}
