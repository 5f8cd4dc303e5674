/**
 * How the two big messages between a page and the background travel (issue #14, per-page cost):
 * the page's text (`analyzePage`) and its findings (`analyzePage`'s reply, `reportFindings`).
 *
 * As one JSON string, not as objects. Chromium copies a message object through its own value
 * converter, field by field, on the page's main thread: sending 2 MB of blocks took 30–60 ms in
 * one task there and reading 100 findings back 30–80 ms. `JSON.stringify`/`JSON.parse` of the
 * same data is a few ms, and a string crosses the converter in one piece.
 *
 * Findings are sent packed: each distinct assessment once in a table, findings pointing at it by
 * index (100 findings on one page share a handful of assessments; unpacked they were ~7 KB each).
 */
import type { Finding, FindingAssessment } from '@/rules/types';

/** A value of type T sent as its JSON (the type parameter only documents what is inside). */
export interface Wire<T> {
  json: string;
  /** Never set: keeps `Wire<A>` and `Wire<B>` apart for the compiler. */
  readonly type?: T;
}

export function toWire<T>(value: T): Wire<T> {
  return { json: JSON.stringify(value) };
}

/** Parses a wire value; throws on anything that is not JSON (callers answer with a Failure). */
export function fromWire<T>(wire: Wire<T>): T {
  if (!wire || typeof wire.json !== 'string') throw new Error('not a wire message');
  return JSON.parse(wire.json) as T;
}

export type PackedFinding = Omit<Finding, 'assessments'> & { assessments: number[] };

export interface PackedFindings {
  findings: PackedFinding[];
  /** Each distinct assessment once; `findings[i].assessments` are indices into it. */
  assessments: FindingAssessment[];
}

/**
 * `key` decides which assessments are the same: the object itself by default (the page, whose
 * findings came from `unpackFindings` and share their objects); the background passes
 * `JSON.stringify`, since the engine builds equal assessments as separate objects.
 */
export function packFindings(findings: Finding[], key: (a: FindingAssessment) => unknown = (a) => a): PackedFindings {
  const table: FindingAssessment[] = [];
  const index = new Map<unknown, number>();
  const packed = findings.map((finding) => ({
    ...finding,
    assessments: finding.assessments.map((a) => {
      const k = key(a);
      let at = index.get(k);
      if (at === undefined) {
        at = table.push(a) - 1;
        index.set(k, at);
      }
      return at;
    }),
  }));
  return { findings: packed, assessments: table };
}

/** The findings again, sharing assessment objects; throws when the packing is malformed. */
export function unpackFindings(packed: PackedFindings): Finding[] {
  if (!packed || !Array.isArray(packed.findings) || !Array.isArray(packed.assessments))
    throw new Error('malformed findings');
  const table = packed.assessments;
  return packed.findings.map((finding) => {
    if (!finding || !Array.isArray(finding.assessments)) throw new Error('malformed findings');
    return {
      ...finding,
      assessments: finding.assessments.map((at) => {
        const a = Number.isInteger(at) ? table[at] : undefined;
        if (!a || typeof a !== 'object') throw new Error('a finding points at no assessment');
        return a;
      }),
    };
  });
}
