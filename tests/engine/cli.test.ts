/**
 * `npm run scan` (scripts/scan.ts, scripts/cli/*) on the hand-written fixtures in
 * tests/fixtures/cli: one JSON object, claim texts as they stand in the source, failures
 * reported without hiding the other files, pack selection.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScanArgs, UsageError } from '../../scripts/cli/args';
import { isFailure, type JsonDocument, type ScanOutput } from '../../scripts/cli/format';
import { loadFile, loadTxt } from '../../scripts/cli/load';
import { runScan } from '../../scripts/cli/run-scan';

const root = join(import.meta.dirname, '../..');
const dir = join(root, 'tests/fixtures/cli');
const TXT = join(dir, 'quoted-denial.txt');
const LINES = join(dir, 'one-per-line.txt');
const HTML = join(dir, 'article.html');
const MISSING = join(dir, 'does-not-exist.txt');

function scan(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runScan(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function docs(stdout: string): ScanOutput['documents'] {
  const parsed = JSON.parse(stdout) as ScanOutput;
  expect(Object.keys(parsed)).toEqual(['documents']);
  return parsed.documents;
}

const ok = (d: ScanOutput['documents'][number]): JsonDocument => {
  if (isFailure(d)) throw new Error(`unexpected failure: ${d.error}`);
  return d;
};

describe('scan: JSON output', () => {
  it('prints exactly one JSON object with the documented fields', () => {
    const { code, stdout, stderr } = scan(TXT, HTML);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trim().startsWith('{')).toBe(true);
    const [txt, html] = docs(stdout).map(ok);
    expect(txt!.source).toBe(TXT);
    expect(txt!.title).toBe('Moscow rejects new election report');
    expect(html!.published).toBe('2024-05-14');
    const f = txt!.findings.find((x) => x.pattern === 'denial' && x.quoted)!;
    expect(Object.keys(f).sort()).toEqual(
      [
        'assessments',
        'claimDate',
        'packId',
        'pattern',
        'quoted',
        'ruleId',
        'scope',
        'speaker',
        'speakerId',
        'text',
      ].sort(),
    );
    expect(f.speaker).toMatch(/Peskov/);
    expect(f.assessments.length).toBeGreaterThan(0);
    expect(Object.keys(f.assessments[0]!).sort()).toEqual([
      'allegation',
      'date',
      'elections',
      'id',
      'issuer',
      'kind',
      'kindLabel',
      'title',
      'url',
    ]);
  });

  it('gives each claim exactly as it stands in the source file', () => {
    const source = readFileSync(TXT, 'utf8');
    const txt = ok(docs(scan(TXT).stdout)[0]!);
    expect(txt.findings.map((f) => f.pattern)).toEqual(expect.arrayContaining(['denial', 'dismissal']));
    for (const f of txt.findings) expect(source).toContain(f.text);
    expect(
      txt.findings.some((f) => f.text.includes('Russia has never interfered in the elections of other countries')),
    ).toBe(true);
  });

  it('scans only the article of an HTML page, not its nav or aside', () => {
    const html = ok(docs(scan(HTML).stdout)[0]!);
    const blocks = loadFile(HTML).input.blocks.map((b) => b.text);
    expect(html.findings.some((f) => f.text.includes('We have never interfered'))).toBe(true);
    for (const f of html.findings) expect(blocks.some((b) => b.includes(f.text))).toBe(true);
    expect(html.findings.some((f) => /Lavrov|Zakharova|foreign elections|vote abroad/.test(f.text))).toBe(false);
    expect(blocks.join('\n')).not.toMatch(/Most read|Subscribe|All rights reserved/);
  });
});

describe('scan: failures', () => {
  it('reports an unreadable file on stderr, exits non-zero and still reports the others', () => {
    const { code, stdout, stderr } = scan(MISSING, TXT, dir);
    expect(code).toBe(1);
    expect(stderr).toContain('does-not-exist.txt: cannot read file (no such file)');
    expect(stderr).toContain('2 of 3 files failed');
    const all = docs(stdout);
    expect(all.map((d) => d.source)).toEqual([MISSING, TXT, dir]);
    expect(isFailure(all[0]!) && isFailure(all[2]!)).toBe(true);
    expect(ok(all[1]!).findings.length).toBeGreaterThan(0);
  });

  it('rejects an unsupported file type', () => {
    const { code, stderr } = scan(join(dir, 'README.md'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/unsupported file type "\.md"/);
  });
});

describe('scan: options', () => {
  it('--packs keeps only the named bundled packs', () => {
    const only = ok(docs(scan('--packs', 'dismissals', TXT).stdout)[0]!);
    expect(only.findings.length).toBeGreaterThan(0);
    expect(only.findings.every((f) => f.packId === 'dismissals')).toBe(true);
    const both = ok(docs(scan('--packs=dismissals,election-interference-denials', TXT).stdout)[0]!);
    expect(new Set(both.findings.map((f) => f.packId))).toEqual(
      new Set(['dismissals', 'election-interference-denials']),
    );
  });

  it('an unknown pack id is a usage error (exit 2) naming the id', () => {
    const { code, stdout, stderr } = scan('--packs', 'dismissals,no-such-pack', TXT);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown pack id: no-such-pack');
  });

  it('parses flags and rejects bad values', () => {
    expect(parseScanArgs(['--format', 'text', '--lang', 'DE', 'a.txt'])).toMatchObject({
      format: 'text',
      lang: 'de',
      files: ['a.txt'],
    });
    expect(() => parseScanArgs(['--format', 'xml', 'a.txt'])).toThrow(UsageError);
    expect(() => parseScanArgs(['--lang', 'xx', 'a.txt'])).toThrow(/--lang/);
    expect(() => parseScanArgs(['--bogus', 'a.txt'])).toThrow(/unknown option/);
    expect(() => parseScanArgs([])).toThrow(/no input files/);
  });

  it('--format text prints a readable report', () => {
    const { code, stdout } = scan('--format', 'text', TXT);
    expect(code).toBe(0);
    expect(stdout).toContain('Title: Moscow rejects new election report');
    expect(stdout).toMatch(/Denial — Dmitry Peskov/);
    expect(stdout).toContain('“Russia has never interfered in the elections of other countries');
    expect(stdout).toMatch(/Assessments:\n\s+- \d{4}-\d{2}-\d{2} /);
  });
});

describe('scan: text loading', () => {
  it('splits on blank lines, or per line when there are none; first short line is a heading', () => {
    const split = loadTxt('Headline here\r\n\r\nFirst paragraph.\nstill first.\n\n\n  Second one.  \n');
    expect(split.input.blocks).toEqual([
      { kind: 'heading', text: 'Headline here' },
      { kind: 'paragraph', text: 'First paragraph.\nstill first.' },
      { kind: 'paragraph', text: 'Second one.' },
    ]);
    split.input.blocks.forEach((b, i) =>
      expect(split.text.slice(split.offsets[i], split.offsets[i]! + b.text.length)).toBe(b.text),
    );
    expect(loadFile(LINES).input.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(loadTxt('He said “no.”\n\nMore.').input.blocks[0]!.kind).toBe('paragraph');
    expect(loadTxt(`${'x'.repeat(151)}\n\nMore.`).input.blocks[0]!.kind).toBe('paragraph');
  });
});

describe('scan: the real process', () => {
  it('writes one JSON document to stdout and the failure to stderr', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', LINES, MISSING], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('cannot read file');
    const all = docs(run.stdout);
    expect(ok(all[0]!).findings[0]!.text).toBe('We do not interfere in the internal affairs of other states');
  }, 30_000);
});
