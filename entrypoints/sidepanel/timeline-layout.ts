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
export function layoutTimeline(claimDate: string | null, assessments: readonly { id: string; date: string }[], width = 300, pad = 12): TimelineLayout {
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
