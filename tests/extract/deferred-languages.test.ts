// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractDocument, labelLanguages } from '../../page/extract';
import { parseWithHappyDom, readFixture } from './parse-fixtures';

/**
 * The content script leaves the blocks' languages to the background (`deferLanguages`, issue
 * #14 per-page cost): what it sends must let the background label them exactly as a plain
 * extraction does, declarations inside the page included.
 */
const MIXED = `<html lang="fr"><body><article><h1>Le Kremlin dément</h1>
<p>Le porte-parole du Kremlin a rejeté les accusations et il a dit que la Russie ne se mêle pas des élections.</p>
<p>“We never interfered in elections in the United States,” Kremlin spokesman Dmitry Peskov said on Tuesday.</p>
<p lang="de">Der Kreml wies die Vorwürfe am Dienstag zurück, sagte ein Sprecher in Moskau.</p>
<blockquote lang="es-ES"><p>Nunca interferimos en elecciones de otros países, dijo el portavoz.</p></blockquote>
</article></body></html>`;

describe('extraction with deferred languages', () => {
  it.each([
    ['mixed-language page', MIXED],
    ['news-article', readFixture('news-article')],
    ['russian-article', readFixture('russian-article')],
    ['page without a declared language', MIXED.replace(' lang="fr"', '')],
  ])('%s: labelling the blocks from the hints gives the plain extraction', (_name, html) => {
    const plain = extractDocument(parseWithHappyDom(html));
    const deferred = extractDocument(parseWithHappyDom(html), { deferLanguages: true });
    expect(plain.languageHints).toBeUndefined();
    expect(deferred.languageHints!.declared).toHaveLength(deferred.input.blocks.length);
    // Through a JSON round trip, as Chromium's messaging sends it (undefined entries become null).
    const sent = JSON.parse(JSON.stringify({ blocks: deferred.input.blocks, hints: deferred.languageHints })) as {
      blocks: typeof plain.input.blocks;
      hints: NonNullable<typeof deferred.languageHints>;
    };
    for (const _ of labelLanguages(sent.blocks, sent.hints));
    expect(sent.blocks).toEqual(plain.input.blocks);
    expect(plain.input.blocks.some((b) => b.lang)).toBe(true);
  });

  it('leaves only the blocks a page marks with their own lang labelled', () => {
    const deferred = extractDocument(parseWithHappyDom(MIXED), { deferLanguages: true });
    expect(deferred.input.blocks.map((b) => b.lang ?? null)).toEqual([null, null, null, 'de', 'es']);
  });
});
