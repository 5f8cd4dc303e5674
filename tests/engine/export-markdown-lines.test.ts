/**
 * CommonMark ends a line at `\n`, `\r\n` or a lone `\r` (issue #14: the Markdown handout only
 * escaped `\n`-separated lines, so `\r- item` in a claim started a list). Every kind of line
 * ending in page text must come out as a plain, escaped line, and a multi-line claim must stay
 * inside its blockquote.
 */
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdown } from '../../rules/export/index';
import { fixtureDoc } from '../fixtures/export/load';

/** Lines as a CommonMark parser splits them. */
const lines = (md: string) => md.split(/\r\n|\r|\n/);

describe('Markdown line endings', () => {
  it.each(['\r', '\r\n', '\n'])('escapes line starts after %j', (eol) => {
    const out = escapeMarkdown(`first${eol}- item${eol}+ more${eol}1. one${eol}2) two${eol}=== `);
    expect(lines(out)).toEqual(['first', '\\- item', '\\+ more', '1\\. one', '2\\) two', '\\=== ']);
    expect(out).not.toContain('\r');
  });

  it('a claim with lone \\r keeps every line inside the blockquote', () => {
    const doc = fixtureDoc('repeated-claim.txt');
    const f = doc.findings[0]!;
    const text = 'We never\r- interfered\r# anywhere';
    const md = toMarkdown({
      ...doc,
      blocks: [{ kind: 'paragraph', text }],
      findings: [{ ...f, block: 0, start: 0, end: text.length, text }],
    });
    const quoted = lines(md).filter((l) => /We never|- interfered|# anywhere/.test(l));
    expect(quoted).toEqual(['> We never', '> \\- interfered', '> \\# anywhere']);
  });
});
