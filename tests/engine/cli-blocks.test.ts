/**
 * `npm run scan -- --format blocks` (issue #12) and the extraction scoring behind `npm run eval`
 * (scripts/cli/eval-extract.ts, eval-plant.ts), on fixtures written for the project.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../rules/index';
import { normalise, parseReference, scorePage } from '../../scripts/cli/eval-extract';
import { plantAfter, plantIndexes, plantOutcome, PLANTED_DENIAL } from '../../scripts/cli/eval-plant';
import type { BlocksOutput, JsonBlocksDocument } from '../../scripts/cli/format-blocks';
import { runScan } from '../../scripts/cli/run-scan';

const root = join(import.meta.dirname, '../..');
const SPLIT = join(root, 'tests/fixtures/html/split-article.html');
const TXT = join(root, 'tests/fixtures/cli/quoted-denial.txt');
const MISSING = join(root, 'tests/fixtures/cli/does-not-exist.html');

function scan(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runScan(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('scan --format blocks', () => {
  it('prints one JSON object with the documented fields and no findings', () => {
    const { code, stdout, stderr } = scan('--format', 'blocks', SPLIT, TXT);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const out = JSON.parse(stdout) as BlocksOutput;
    expect(Object.keys(out)).toEqual(['documents']);
    const [html, txt] = out.documents as JsonBlocksDocument[];
    expect(Object.keys(html!).sort()).toEqual(['blocks', 'lang', 'published', 'source', 'title']);
    expect(html!.source).toBe(SPLIT);
    expect(html!.lang).toBe('fr');
    expect(html!.title).toBe('Le conseil municipal adopte le budget après une longue séance');
    for (const b of html!.blocks) expect(Object.keys(b).sort()).toEqual(['kind', 'lang', 'text']);
    expect(html!.blocks[0]).toEqual({
      kind: 'heading',
      text: 'Le conseil municipal adopte le budget après une longue séance',
      lang: 'fr',
    });
    expect(html!.blocks.find((b) => b.text.startsWith('“Russia'))?.lang).toBe('en');
    expect(txt!.blocks.length).toBeGreaterThan(1);
  });

  it('lists a file it cannot read and still prints the others', () => {
    const { code, stdout, stderr } = scan('--format', 'blocks', MISSING, SPLIT);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no such file/);
    const out = JSON.parse(stdout) as BlocksOutput;
    expect(out.documents[0]).toEqual({ source: MISSING, error: expect.stringMatching(/no such file/) });
    expect((out.documents[1] as JsonBlocksDocument).blocks.length).toBeGreaterThan(5);
  });
});

describe('extraction scoring', () => {
  const reference = parseReference(
    '<div><h2>Budget passes</h2><p>The council adopted the budget on Tuesday after six hours of debate.</p>' +
      '<blockquote><p>We will keep taxes where they are for another year, the mayor said.</p></blockquote><p>Short.</p></div>',
  );

  it('takes the innermost paragraphs of 40+ characters from the reference', () => {
    expect(reference.paragraphs).toEqual([
      'The council adopted the budget on Tuesday after six hours of debate.',
      'We will keep taxes where they are for another year, the mayor said.',
    ]);
  });

  it('counts a paragraph found across blocks and whitespace, and blocks not in the reference as extra', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: 'The council adopted the budget\non Tuesday after six hours of debate.' },
      { kind: 'paragraph' as const, text: 'Sign up for our newsletter and get the news every single morning.' },
    ];
    const s = scorePage('p', blocks, reference.paragraphs, reference.text);
    expect(s.missed).toEqual(['We will keep taxes where they are for another year, the mayor said.']);
    expect(s.recall).toBe(0.5);
    expect(s.extra).toEqual(['Sign up for our newsletter and get the news every single morning.']);
    expect(s.precision).toBe(0.5);
  });

  it('plants after the first, middle and last paragraph without repeats', () => {
    expect(plantIndexes(0)).toEqual([]);
    expect(plantIndexes(1)).toEqual([['first', 0]]);
    expect(plantIndexes(2)).toEqual([
      ['first', 0],
      ['last', 1],
    ]);
    expect(plantIndexes(7)).toEqual([
      ['first', 0],
      ['middle', 3],
      ['last', 6],
    ]);
  });

  it('plants right after the paragraph, and the CLI pipeline finds the plant', () => {
    const html = readFileSync(SPLIT, 'utf8');
    const paragraph = normalise(
      "Le maire a rappelé que la ville n'avait pas augmenté les impôts locaux depuis trois ans, et que la hausse serait financée par des subventions régionales.",
    );
    const planted = plantAfter(html, paragraph, 'PLANTED MARKER paragraph for the test.')!;
    expect(planted).toMatch(/subventions régionales\.<\/p><p>PLANTED MARKER/);
    expect(plantAfter(html, 'A paragraph that is not on the page at all, anywhere.')).toBeNull();
    const engine = createEngine();
    expect(plantOutcome(plantAfter(html, paragraph)!, engine)).toBe('found');
    expect(plantOutcome(html.replace(/<p>“Russia[^<]*<\/p>/, ''), engine, PLANTED_DENIAL)).toBe('not-extracted');
  });

  it("locates a paragraph split by a <br> between two words, and never inside a script's data", () => {
    // The reference's text has a space where the page has only a <br>; the page's JSON state
    // repeats the paragraph first. The plant must land after the visible paragraph.
    const words = 'The harbour master said the pier would reopen in spring, once the new timber piles were in.';
    const html =
      `<html><body><script type="application/json">{"text":"${words}"}</script><main><div class="story">` +
      `<p>The harbour master said the pier would reopen in spring,<br>once the new timber piles were in.</p>` +
      `<p>Another paragraph follows it here.</p></div></main></body></html>`;
    const planted = plantAfter(html, words, 'PLANTED MARKER paragraph for the test.')!;
    expect(planted).toMatch(/piles were in\.<\/p><p>PLANTED MARKER paragraph for the test\.<\/p><p>Another/);
    expect(planted).not.toMatch(/<\/script><p>PLANTED/);
  });
});
