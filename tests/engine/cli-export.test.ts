/**
 * `npm run scan -- --format markdown|html|w3c|claimreview` (scripts/cli/export.ts, run-scan.ts):
 * one output per run, several files in one handout or one JSON-LD document, failures on
 * stderr, timestamps from SOURCE_DATE_EPOCH so a run can be repeated byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  anchorQuote,
  documentText,
  sliceCodePoints,
  type AnnotationCollection,
  type ClaimReview,
} from '../../rules/export/index';
import { parseScanArgs, UsageError } from '../../scripts/cli/args';
import { exportTimestamp } from '../../scripts/cli/export';
import { loadFile } from '../../scripts/cli/load';
import { runScan } from '../../scripts/cli/run-scan';

const root = join(import.meta.dirname, '../..');
const TXT = join(root, 'tests/fixtures/cli/quoted-denial.txt');
const HTML = join(root, 'tests/fixtures/cli/article.html');
const REPEATED = join(root, 'tests/fixtures/export/repeated-claim.txt');
const MISSING = join(root, 'tests/fixtures/cli/does-not-exist.txt');
const EPOCH = '1715680800'; // 2024-05-14T10:00:00Z

function scan(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runScan(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

let saved: string | undefined;
beforeEach(() => {
  saved = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = EPOCH;
});
afterEach(() => {
  if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = saved;
});

describe('scan --format for exports', () => {
  it('accepts the four export formats and still rejects unknown ones', () => {
    for (const format of ['markdown', 'html', 'w3c', 'claimreview', 'json', 'text'])
      expect(parseScanArgs(['--format', format, 'a.txt']).format).toBe(format);
    expect(() => parseScanArgs(['--format', 'pdf', 'a.txt'])).toThrow(UsageError);
    expect(scan('--format=xml', TXT).stderr).toMatch(
      /--format must be one of json, text, blocks, markdown, html, w3c, claimreview/,
    );
  });

  it('markdown: one handout per file, separated by a rule', () => {
    const { code, stdout, stderr } = scan('--format', 'markdown', TXT, HTML);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.match(/^# /gm)).toHaveLength(2);
    expect(stdout).toContain('\n---\n');
    expect(stdout).toContain('# Moscow rejects new election report');
    expect(stdout).toContain('Generated: 2024-05-14');
    expect(stdout).toContain('Russia has never interfered in the elections of other countries');
  });

  it('html: one page with a section per file', () => {
    const { code, stdout } = scan('--format', 'html', TXT, HTML);
    expect(code).toBe(0);
    expect(stdout.match(/<!DOCTYPE html>/g)).toHaveLength(1);
    expect(stdout.match(/<section /g)).toHaveLength(2);
    expect(stdout).not.toMatch(/<script/i);
  });

  it("w3c: one AnnotationCollection whose selectors re-anchor in each file's document text", () => {
    const { code, stdout } = scan('--format', 'w3c', TXT, HTML, REPEATED);
    expect(code).toBe(0);
    const collection = JSON.parse(stdout) as AnnotationCollection;
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(collection.first.items.length);
    const texts = new Map(
      [TXT, HTML, REPEATED].map((f) => [pathToFileURL(f).href, documentText(loadFile(f).input.blocks)]),
    );
    expect(new Set(collection.first.items.map((a) => a.target.source))).toEqual(new Set(texts.keys()));
    for (const a of collection.first.items) {
      const text = texts.get(a.target.source)!;
      const [quote, position] = a.target.selector;
      expect(anchorQuote(text, quote)).toEqual({ start: position.start, end: position.end });
      expect(sliceCodePoints(text, position.start, position.end)).toBe(quote.exact);
      expect(a.created).toBe('2024-05-14T10:00:00.000Z');
    }
  });

  it('claimreview: one JSON array for all files, required fields present', () => {
    const { code, stdout } = scan('--format', 'claimreview', TXT, HTML);
    expect(code).toBe(0);
    const reviews = JSON.parse(stdout) as ClaimReview[];
    expect(Array.isArray(reviews)).toBe(true);
    expect(reviews.length).toBeGreaterThan(2);
    for (const r of reviews) {
      expect(r['@type']).toBe('ClaimReview');
      expect(
        r.claimReviewed && r.url && r.reviewRating.alternateName && r.author.name && r.itemReviewed['@type'],
      ).toBeTruthy();
      expect(r.datePublished).toBe('2024-05-14');
    }
  });

  it('a missing file: reported on stderr, exit 1, the other files still exported', () => {
    const { code, stdout, stderr } = scan('--format', 'claimreview', MISSING, TXT);
    expect(code).toBe(1);
    expect(stderr).toContain('cannot read file (no such file)');
    expect((JSON.parse(stdout) as ClaimReview[]).length).toBeGreaterThan(0);
  });

  it('the same files and SOURCE_DATE_EPOCH give the same bytes; json and text are unchanged', () => {
    for (const format of ['markdown', 'html', 'w3c', 'claimreview'])
      expect(scan('--format', format, TXT, HTML).stdout).toBe(scan('--format', format, TXT, HTML).stdout);
    expect(Object.keys(JSON.parse(scan(TXT).stdout) as object)).toEqual(['documents']);
    expect(scan('--format', 'text', TXT).stdout).toContain('Title: Moscow rejects new election report');
    expect(exportTimestamp({}, () => new Date('2025-01-02T03:04:05Z'))).toBe('2025-01-02T03:04:05.000Z');
    expect(exportTimestamp({ SOURCE_DATE_EPOCH: 'soon' }, () => new Date(0))).toBe('1970-01-01T00:00:00.000Z');
  });

  it('the real process writes the export to stdout', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', '--format', 'w3c', REPEATED], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH },
    });
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as AnnotationCollection).first.items.length).toBeGreaterThanOrEqual(3);
  }, 30_000);
});
