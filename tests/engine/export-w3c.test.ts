/**
 * W3C Web Annotation export (rules/export/w3c.ts, anchor.ts): every annotation must find its
 * passage again in the document text — by quote, by prefix/suffix when the quote repeats, and
 * by position (in code points, so an emoji before the claim does not shift it).
 */
import { describe, expect, it } from 'vitest';
import {
  absoluteOffsets,
  anchorQuote,
  ANNO_CONTEXT,
  codePointOffset,
  documentText,
  exportAs,
  sliceCodePoints,
  stableUuid,
  toAnnotationCollection,
  toAnnotations,
  type ExportDocument,
  type TextQuoteSelector,
} from '../../rules/export/index';
import { fixtureDoc } from '../fixtures/export/load';

const REPEATED = fixtureDoc('repeated-claim.txt');
const MARKUP = fixtureDoc('markup.txt');
const DOCS: ExportDocument[] = [REPEATED, MARKUP];

describe('document text convention', () => {
  it('joins blocks with a blank line; absolute offsets slice back to each claim', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: 'ab' },
      { kind: 'paragraph' as const, text: 'cdef' },
    ];
    expect(documentText(blocks)).toBe('ab\n\ncdef');
    expect(absoluteOffsets(blocks, { block: 1, start: 1, end: 3 })).toEqual({ start: 5, end: 7 });
    expect(() => absoluteOffsets(blocks, { block: 2, start: 0, end: 1 })).toThrow(RangeError);
    for (const doc of DOCS) {
      const text = documentText(doc.blocks);
      for (const f of doc.findings) {
        const { start, end } = absoluteOffsets(doc.blocks, f);
        expect(text.slice(start, end)).toBe(f.text);
      }
    }
  });
});

describe('W3C annotations re-anchor in their source text', () => {
  it('the fixtures have findings, including one quote that occurs twice', () => {
    expect(REPEATED.findings.length).toBeGreaterThanOrEqual(3);
    expect(MARKUP.findings.length).toBeGreaterThanOrEqual(2);
    const text = documentText(REPEATED.blocks);
    const repeated = REPEATED.findings.filter((f) => text.split(f.text).length > 2);
    expect(repeated.length).toBeGreaterThanOrEqual(2);
  });

  for (const doc of DOCS) {
    it(`every TextQuoteSelector and TextPositionSelector finds the claim (${doc.source})`, () => {
      const text = documentText(doc.blocks);
      const annotations = toAnnotations(doc);
      expect(annotations).toHaveLength(doc.findings.length);
      annotations.forEach((a, i) => {
        const f = doc.findings[i]!;
        const [quote, position] = a.target.selector;
        const { start } = absoluteOffsets(doc.blocks, f);
        const expected = {
          start: codePointOffset(text, start),
          end: codePointOffset(text, start) + Array.from(f.text).length,
        };
        expect(quote.exact).toBe(f.text);
        expect(Array.from(quote.prefix ?? '').length).toBeLessThanOrEqual(32);
        expect(Array.from(quote.suffix ?? '').length).toBeLessThanOrEqual(32);
        // Quote with prefix/suffix alone (no position hint) lands on this finding.
        expect(anchorQuote(text, quote)).toEqual(expected);
        expect(anchorQuote(text, a.target.selector)).toEqual(expected);
        expect({ start: position.start, end: position.end }).toEqual(expected);
        expect(sliceCodePoints(text, position.start, position.end)).toBe(quote.exact);
      });
    });
  }

  it('counts positions in code points: the flag emoji before the claims shifts UTF-16 but not the selector', () => {
    const text = documentText(REPEATED.blocks);
    const f = REPEATED.findings.find((x) => x.block === 2)!;
    const utf16 = absoluteOffsets(REPEATED.blocks, f).start;
    const [, position] = toAnnotations(REPEATED).find((a) => a.target.selector[0].exact === f.text)!.target.selector;
    expect(text.slice(0, utf16)).toContain('🇲🇩');
    expect(position.start).toBe(utf16 - 2); // two regional indicators, two surrogate pairs
  });

  it('tells repeated quotes apart by prefix and suffix, then by position, and refuses a missing quote', () => {
    const text = 'He said: no. Later: no. Then: no.';
    const at = (i: number) => ({ start: i, end: i + 2 });
    const q = (prefix: string, suffix: string): TextQuoteSelector => ({
      type: 'TextQuoteSelector',
      exact: 'no',
      prefix,
      suffix,
    });
    expect(anchorQuote(text, q('', ''))).toEqual(at(9));
    expect(anchorQuote(text, q('Later: ', '.'))).toEqual(at(20));
    expect(anchorQuote(text, q('Then: ', '.'))).toEqual(at(30));
    expect(anchorQuote(text, [q('x', 'y'), { type: 'TextPositionSelector', start: 29, end: 31 }])).toEqual(at(30));
    // Context that agrees nowhere (the page was edited around the quote): still anchors, first one.
    expect(anchorQuote(text, q('zz', 'pe'))).toEqual(at(9));
    expect(anchorQuote(text, { type: 'TextQuoteSelector', exact: 'yes' })).toBeNull();
  });
});

describe('W3C annotation shape', () => {
  it("has the model's required fields, classifying and linking bodies, deterministic unique ids", () => {
    const annotations = toAnnotations(REPEATED);
    const ids = annotations.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of annotations) {
      expect(a['@context']).toBe(ANNO_CONTEXT);
      expect(a.type).toBe('Annotation');
      expect(a.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(a.created).toBe(REPEATED.generatedAt);
      expect(a.motivation).toBe('classifying');
      expect(a.target.source).toBe(REPEATED.source);
      expect(a.body[0]).toMatchObject({ type: 'TextualBody', purpose: 'classifying' });
      expect(
        a.body.some(
          (b) => b.type === 'SpecificResource' && b.purpose === 'linking' && b.source.id.startsWith('https://'),
        ),
      ).toBe(true);
    }
    expect(toAnnotations(REPEATED).map((a) => a.id)).toEqual(ids);
    expect(stableUuid('a')).not.toBe(stableUuid('b'));
  });

  it('collects several documents in one AnnotationCollection that parses as JSON', () => {
    const collection = toAnnotationCollection(DOCS);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(REPEATED.findings.length + MARKUP.findings.length);
    expect(collection.first.items.map((a) => a.target.source)).toContain(MARKUP.source);
    const parsed = JSON.parse(exportAs('w3c', REPEATED)) as typeof collection;
    expect(parsed.first.items).toHaveLength(REPEATED.findings.length);
    expect(exportAs('w3c', REPEATED)).toBe(exportAs('w3c', fixtureDoc('repeated-claim.txt')));
  });
});
