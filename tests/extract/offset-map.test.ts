// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractDocument, positionAt, rangeFor, rangesFor, type BlockMap } from '../../page/extract';
import { loadIntoWindow, parseWithLinkedom, readFixture } from './parse-fixtures';

/** Offsets ↔ DOM positions: what the highlighter relies on to paint a finding. */

function extractHtml(body: string, parse: (html: string) => Document = loadIntoWindow) {
  const doc = parse(`<!doctype html><html><body>${body}</body></html>`);
  return { doc, ...extractDocument(doc) };
}

describe('positionAt', () => {
  it('maps across inline elements and collapsed whitespace', () => {
    const { input, maps } = extractHtml('<p>The   ministry <em>rejected</em>\n  the report.</p>');
    const text = input.blocks[0]!.text;
    expect(text).toBe('The ministry rejected the report.');
    const map = maps[0]!;
    const at = (offset: number) => positionAt(map, offset)!;
    expect(at(0).node.data.charAt(at(0).offset)).toBe('T');
    // "ministry" starts after a 3-space run collapsed to one space.
    const m = at(text.indexOf('ministry'));
    expect(m.node.data.slice(m.offset, m.offset + 8)).toBe('ministry');
    const r = at(text.indexOf('rejected'));
    expect(r.node.data).toBe('rejected');
    expect(r.offset).toBe(0);
    const t = at(text.indexOf('the report'));
    expect(t.node.data.slice(t.offset)).toBe('the report.');
  });

  it('uses affinity on node boundaries so ranges do not spill into the neighbour', () => {
    const { input, maps } = extractHtml('<p>say <b>never</b> again</p>');
    const end = input.blocks[0]!.text.indexOf('never') + 'never'.length;
    expect(positionAt(maps[0]!, end, 'backward')).toMatchObject({ offset: 5 });
    expect(positionAt(maps[0]!, end, 'backward')!.node.data).toBe('never');
    expect(positionAt(maps[0]!, end, 'forward')!.node.data).toBe(' again');
  });

  it('maps a synthesised <br> newline to the nearest real position', () => {
    const { input, maps } = extractHtml('<p>first line<br>second line</p>');
    const text = input.blocks[0]!.text;
    const newline = text.indexOf('\n');
    const forward = positionAt(maps[0]!, newline, 'forward')!;
    expect(forward.node.data).toBe('second line');
    expect(forward.offset).toBe(0);
    const backward = positionAt(maps[0]!, newline + 1, 'backward')!;
    expect(backward.node.data).toBe('first line');
    expect(backward.offset).toBe('first line'.length);
  });

  it('clamps offsets outside the block and returns null for an empty map', () => {
    const { maps } = extractHtml('<p>short</p>');
    expect(positionAt(maps[0]!, -5)).toMatchObject({ offset: 0 });
    expect(positionAt(maps[0]!, 999, 'backward')).toMatchObject({ offset: 5 });
    const empty: BlockMap = { segments: [], length: 0 };
    expect(positionAt(empty, 0)).toBeNull();
  });

  it('works on linkedom documents (the CLI) too', () => {
    const { input, maps } = extractHtml('<p>Officials <a href="#">denied</a> it.</p>', parseWithLinkedom);
    const pos = positionAt(maps[0]!, input.blocks[0]!.text.indexOf('denied'))!;
    expect(pos.node.data).toBe('denied');
  });
});

describe('rangeFor', () => {
  it('builds live ranges whose text is the finding', () => {
    const doc = loadIntoWindow(readFixture('news-article'));
    const { input, maps } = extractDocument(doc);
    const index = input.blocks.findIndex((b) => b.text.startsWith('We have never interfered'));
    const text = input.blocks[index]!.text;
    const claim = 'never interfered in any election';
    const start = text.indexOf(claim);
    const range = rangeFor(doc, maps[index]!, start, start + claim.length)!;
    expect(range.toString()).toBe(claim);
  });

  it('spans inline elements and collapsed whitespace (range text is the DOM text)', () => {
    const { doc, input, maps } = extractHtml('<p>calling   its <em>findings</em> baseless</p>');
    const text = input.blocks[0]!.text;
    const start = text.indexOf('its');
    const range = rangeFor(doc, maps[0]!, start, text.length)!;
    expect(range.toString()).toBe('its findings baseless');
    const wide = rangeFor(doc, maps[0]!, 0, text.length)!;
    expect(wide.toString().replace(/\s+/g, ' ')).toBe(text);
  });

  it('every block of every fixture round-trips through a Range', () => {
    for (const name of ['news-article', 'russian-article', 'div-soup'] as const) {
      const doc = loadIntoWindow(readFixture(name));
      const { input, maps } = extractDocument(doc);
      input.blocks.forEach((block, i) => {
        const text = rangesFor(doc, maps[i]!, 0, block.text.length).map(String).join('');
        // Modulo whitespace: a <br>'s "\n" is synthesised, so the DOM text has none there.
        const bare = (s: string) => s.replace(/[ \t\n\r\f]+/g, '');
        expect(bare(text), `${name} #${i}`).toBe(bare(block.text));
      });
    }
  });

  it('rangesFor splits around skipped inline content; rangeFor spans it', () => {
    const { doc, input, maps } = extractHtml(
      '<p>the denial <span aria-hidden="true">[icon]</span>followed <script>x()</script>a pattern</p>',
    );
    const text = input.blocks[0]!.text;
    expect(text).toBe('the denial followed a pattern');
    expect(rangeFor(doc, maps[0]!, 0, text.length)!.toString()).toBe('the denial [icon]followed x()a pattern');
    const parts = rangesFor(doc, maps[0]!, 0, text.length).map(String);
    expect(parts).toEqual(['the denial ', 'followed ', 'a pattern']);
    expect(rangesFor(doc, maps[0]!, 4, 10).map(String)).toEqual(['denial']);
  });

  it('returns null where the DOM cannot make ranges (linkedom)', () => {
    const { doc, maps } = extractHtml('<p>text</p>', parseWithLinkedom);
    expect(rangeFor(doc, maps[0]!, 0, 4)).toBeNull();
    expect(rangesFor(doc, maps[0]!, 0, 4)).toEqual([]);
  });
});
