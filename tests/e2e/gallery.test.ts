/**
 * The demo gallery and quiz (issue #7) on the built test extension: every planted claim of
 * every sample article is painted with its pattern's highlight and no hard negative is; the
 * pattern pages explain each pattern; a scripted quiz round scores hits, misses and false
 * alarms; exports download and parse. Nothing may leave the extension: every request the
 * browser makes is recorded and must be for a chrome-extension:// (or its blob:) URL.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { SAMPLE_ARTICLES } from '../../components/gallery/articles/index';
import { PATTERNS } from '../../rules/types';
import { launchWithExtension, type LoadedExtension } from '../../scripts/browser/browser';

let ext: LoadedExtension;
const requests: string[] = [];
const errors: string[] = [];

before(async () => {
  ext = await launchWithExtension('test');
  ext.context.on('request', (r) => requests.push(r.url()));
  ext.context.on('page', (page) => {
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  });
});
after(async () => {
  await ext?.close();
});

const highlightName = (pattern: string) => `counterpoint-${pattern.replace(/_/g, '-')}`;

async function open(path: string): Promise<Page> {
  const page = await ext.openPage(path);
  await page.locator('main[data-state="ready"]').waitFor({ timeout: 10_000 });
  return page;
}

/** Highlight name → texts of its ranges inside the article (the legend's samples are left out). */
function articleHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const article = document.querySelector('article')!;
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      for (const r of highlight as unknown as Iterable<AbstractRange>) {
        const range = r as Range;
        if (article.contains(range.commonAncestorContainer)) (out[name] ??= []).push(range.toString());
      }
    });
    return out;
  });
}

/** Selects `text` (within one text node of the article) the way a mouse would. */
async function select(page: Page, text: string): Promise<void> {
  await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const sel = getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return;
    }
    throw new Error(`text not found: ${needle}`);
  }, text);
}

test('every planted claim of each sample article is highlighted with its pattern, and no hard negative', async () => {
  for (const article of SAMPLE_ARTICLES) {
    const page = await open(`gallery.html#/article/${article.id}`);
    const painted = await articleHighlights(page);
    for (const pattern of PATTERNS) {
      const expected = article.planted
        .filter((p) => p.pattern === pattern)
        .map((p) => p.text)
        .sort();
      assert.deepEqual((painted[highlightName(pattern)] ?? []).sort(), expected, `${article.id}: ${pattern}`);
    }
    const all = Object.values(painted).flat();
    for (const negative of article.negatives) {
      assert.ok(
        !all.some((t) => negative.includes(t) || t.includes(negative)),
        `${article.id}: "${negative}" is not highlighted`,
      );
    }
    // The side list names every claim; the legend paints one sample per pattern.
    assert.equal(await page.locator('.gallery-findings > li').count(), article.planted.length);
    const legend = await page.evaluate(
      () =>
        [...document.querySelectorAll('[data-sample-pattern]')].filter((el) => {
          const name = `counterpoint-${(el as HTMLElement).dataset.samplePattern!.replace(/_/g, '-')}`;
          return [...((CSS.highlights.get(name) as unknown as Iterable<Range>) ?? [])].some((r) =>
            el.contains(r.commonAncestorContainer),
          );
        }).length,
    );
    assert.equal(legend, PATTERNS.length);
    await page.close();
  }
  assert.deepEqual(errors, []);
});

test('a page per pattern: label, definition, rule examples and the record', async () => {
  const page = await open('gallery.html#/pattern/denial');
  for (const pattern of PATTERNS) {
    await page.evaluate((p) => (location.hash = `#/pattern/${p}`), pattern);
    const section = page.locator(`section.gallery-pattern[data-pattern="${pattern}"]`);
    await section.waitFor();
    assert.ok((await section.locator('.gallery-rules > li').count()) > 0, `${pattern}: rules listed`);
    assert.ok((await section.locator('.gallery-example').count()) > 0, `${pattern}: a rule example`);
    assert.ok((await section.locator('.gallery-assessment').count()) > 0, `${pattern}: assessments`);
  }
  assert.match(await page.locator('section.gallery-pattern').innerText(), /Not Moscow|blame|relations/i);
  await page.close();
});

test('quiz: highlights hidden, a scripted round reports hits, misses and false alarms', async () => {
  const article = SAMPLE_ARTICLES.find((a) => a.id === 'kremlin-rejects')!;
  const page = await open(`quiz.html#/${article.id}`);
  assert.deepEqual(await articleHighlights(page), {}, 'nothing painted before Check');

  const mark = async (pattern: string, text: string) => {
    await page.locator('select').selectOption(pattern);
    await select(page, text);
    await page.getByRole('button', { name: 'Mark as claim' }).click();
  };
  // Right pattern; wrong pattern; the words of a reported claim without its attribution (a hit,
  // issue #15); its attribution alone and a hard negative (false alarms).
  await mark('denial', 'We have never interfered in elections in the United States, and we are not going to');
  await mark('deflection', 'Not a single fact has been presented');
  await mark(
    'dismissal',
    'describing a new report by U.S. officials as a compilation of speculation and Russophobic outbursts',
  );
  await mark('dismissal', 'The Russian Foreign Ministry went further');
  await mark('denial', 'Separately, the Kremlin denied reports that troops were moving toward the border.');
  assert.equal(await page.locator('.quiz-marks > li').count(), 5);

  await page.getByRole('button', { name: 'Check' }).click();
  await page.locator('main[data-checked="true"]').waitFor();
  assert.equal(await page.getByTestId('quiz-hits').innerText(), '3');
  assert.equal(await page.getByTestId('quiz-right-pattern').innerText(), '2');
  assert.equal(await page.getByTestId('quiz-misses').innerText(), String(article.planted.length - 3));
  assert.equal(await page.getByTestId('quiz-false-alarms').innerText(), '2');
  assert.match(
    await page.getByTestId('quiz-summary').innerText(),
    new RegExp(`Found 3 of ${article.planted.length} claims`),
  );
  assert.deepEqual(
    await page
      .locator('[data-result="hit"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.patternCorrect)),
    ['true', 'true', 'false'],
  );
  // Feedback names the pattern the trainee chose and explains the right one.
  const wrong = await page.locator('[data-result="hit"][data-pattern-correct="false"]').innerText();
  assert.match(wrong, /You marked it as Deflection; it is a Denial\./);
  assert.match(wrong, /did not, does not or will not interfere/);
  assert.match(
    await page.locator('[data-result="false-alarm"][data-attribution="true"]').innerText(),
    /names who spoke.*describing a new report/s,
  );
  const missed = await page.locator('[data-result="miss"] q').allInnerTexts();
  assert.deepEqual(
    missed.sort(),
    article.planted
      .map((p) => p.text)
      .filter(
        (t) =>
          !t.startsWith('We have never') &&
          !t.startsWith('Not a single') &&
          !t.startsWith('The Russian Foreign Ministry went'),
      )
      .sort(),
  );
  // Every result carries the rule's explanation.
  assert.equal(
    await page.locator('[data-result="hit"] .gallery-why, [data-result="miss"] .gallery-why').count(),
    article.planted.length,
  );
  // Check reveals the answers with the same paint as the gallery.
  const painted = await articleHighlights(page);
  assert.equal(Object.values(painted).flat().length, article.planted.length);
  await page.close();
  assert.deepEqual(errors, []);
});

test('exports download the current article and parse', async () => {
  const article = SAMPLE_ARTICLES[0]!;
  const page = await open(`gallery.html#/article/${article.id}`);
  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    const path = await file.path();
    return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
  };
  const md = await download('Download handout (Markdown)');
  assert.equal(md.name, `counterpoint-${article.id}.md`);
  for (const p of article.planted) assert.ok(md.text.includes(p.text.slice(0, 30)), `markdown has "${p.text}"`);
  const html = await download('Download handout (HTML)');
  assert.match(html.text, /<html/i);
  const w3c = await download('W3C annotations');
  const collection = JSON.parse(w3c.text) as { type: string; first: { items: unknown[] } };
  assert.equal(collection.type, 'AnnotationCollection');
  assert.equal(collection.first.items.length, article.planted.length);
  const reviews = JSON.parse((await download('ClaimReview')).text) as unknown[];
  assert.equal(reviews.length, article.planted.length);
  await page.close();
});

test('nothing leaves the extension', () => {
  assert.ok(requests.length > 0, 'requests were recorded');
  const outside = requests.filter(
    (u) => !u.startsWith('chrome-extension://') && !u.startsWith('blob:chrome-extension://'),
  );
  assert.deepEqual(outside, []);
});
