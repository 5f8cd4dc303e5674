/**
 * `npm run scan` decodes files the way a browser would (scripts/cli/decode.ts): byte-order
 * marks, an HTML page's <meta charset>, `--encoding`; a file that is not valid UTF-8 and
 * declares nothing fails with a readable error (exit 1) instead of mojibake and "No findings".
 * The files are written at test time from text written for this test.
 * @vitest-environment node
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeBytes, declaredHtmlEncoding } from '../../scripts/cli/decode';
import { runScan } from '../../scripts/cli/run-scan';

const RU =
  '«Россия никогда не вмешивалась и не вмешивается в выборы в США», — заявил пресс-секретарь Кремля Дмитрий Песков.';
const EN = '“We never interfered in elections in the United States,” Kremlin spokesman Dmitry Peskov said on Tuesday.';

const dir = mkdtempSync(join(tmpdir(), 'counterpoint-cli-encoding-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** windows-1251 bytes of a Cyrillic/ASCII string (Node has no encoder for it). */
function cp1251(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (ch) => {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) return c;
      if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
      const extra: Record<string, number> = { Ё: 0xa8, ё: 0xb8, '«': 0xab, '»': 0xbb, '—': 0x97 };
      if (ch in extra) return extra[ch]!;
      throw new Error(`no windows-1251 byte for ${ch}`);
    }),
  );
}
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

function file(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

function scan(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runScan(['--format', 'json', ...argv], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  const docs =
    code === 2
      ? []
      : (JSON.parse(stdout) as { documents: { findings?: { text: string; speaker?: string }[]; error?: string }[] })
          .documents;
  return { code, stderr, docs };
}

const page = (meta: string, body: string) =>
  `<!doctype html><html lang="ru"><head>${meta}<title>Заголовок</title></head><body><article><h1>Песков о выборах</h1><p>${body}</p></article></body></html>`;

describe('scan decodes files', () => {
  it('a windows-1251 page with <meta charset> is read in Cyrillic and its claim found', () => {
    const path = file('cp1251.html', cp1251(page('<meta charset="windows-1251">', RU)));
    const { code, docs } = scan(path);
    expect(code).toBe(0);
    expect(docs[0]!.findings!.map((f) => f.text).join(' ')).toMatch(/никогда не вмешивалась/);
    // The same bytes read as UTF-8 (as before) would not even be valid.
    expect(() => decodeBytes(cp1251(RU))).toThrow(/--encoding/);
  });

  it('<meta http-equiv="Content-Type" content="…charset=koi8-r"> and --encoding are honoured', () => {
    expect(
      declaredHtmlEncoding(
        Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">'),
      ),
    ).toBe('koi8-r');
    expect(declaredHtmlEncoding(Buffer.from('<meta charset="utf-16">'))).toBe('utf-8');
    const path = file('undeclared-1251.txt', cp1251(RU));
    const failed = scan(path);
    expect(failed.code).toBe(1);
    expect(failed.docs[0]!.error).toMatch(/not valid UTF-8.*--encoding/);
    const ok = scan('--encoding', 'windows-1251', path);
    expect(ok.code).toBe(0);
    expect(ok.docs[0]!.findings!.length).toBeGreaterThan(0);
  });

  it.each([
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EN, 'utf16le')])],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(EN)])],
    ['UTF-16LE without BOM', Buffer.from(EN, 'utf16le')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(EN)])],
  ])('a .txt in %s is read correctly', (_, bytes) => {
    const { code, docs } = scan(file(`${_.replace(/\W+/g, '-')}.txt`, bytes));
    expect(code).toBe(0);
    expect(docs[0]!.findings![0]!.text).toBe('We never interfered in elections in the United States');
  });

  it('a BOM wins over <meta charset>, --encoding over both; an unknown --encoding is a usage error', () => {
    const bom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(page('<meta charset="windows-1251">', RU)),
    ]);
    expect(decodeBytes(bom, { html: true }).encoding).toBe('utf-8');
    expect(decodeBytes(bom, { html: true }).text).toContain('никогда');
    expect(decodeBytes(Buffer.from('abc'), { encoding: 'latin1' }).encoding).toBe('windows-1252');
    expect(scan('--encoding', 'no-such-encoding', 'x.txt').code).toBe(2);
  });
});
