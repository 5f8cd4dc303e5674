/**
 * Issue #15: the side panel in reader words at a narrow (360 px) and a wide (800 px) width, in
 * light and dark: no raw id (kinds, patterns, assessments, actors, packs, rules) anywhere in its
 * text, markers of the same size at both widths, and timeline labels that never overlap.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ACTORS, ASSESSMENTS, BUNDLED_PACKS } from '../../rules/index';
import { PATTERNS } from '../../rules/types';
import { waitForScans } from '../../scripts/browser/annotations';
import { ask, tabIdOf } from '../../scripts/browser/control';
import { useTestExtension } from './helpers/session';

const ARTICLES = ['annotated-article.html', 'long-claims-1.html', 'long-claims-2.html', 'long-claims-3.html'];
const RAW_IDS = [
  ...new Set([
    ...ASSESSMENTS.map((a) => a.kind),
    ...ASSESSMENTS.map((a) => a.id),
    ...PATTERNS.filter((p) => p.includes('_')),
    ...ACTORS.map((a) => a.id),
    ...BUNDLED_PACKS.map((p) => p.id),
    ...BUNDLED_PACKS.flatMap((p) => p.rules.map((r) => r.id)),
  ]),
].filter((id) => /[-_]/.test(id));

const session = useTestExtension();

async function tabFor(name: string): Promise<number> {
  const page = await session.ext.context.newPage();
  await page.goto(session.server.url(name));
  await waitForScans(page);
  const tabId = await tabIdOf(session.control, session.server.url(name));
  for (let i = 0; i < 50; i++) {
    const tab = await ask(session.control, 'getTabFindings', tabId);
    if (tab.state === 'scanned' && tab.findings.length > 0) return tabId;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`no findings reported for ${name}`);
}

test('no raw id in the side panel at 360 and 800 px, light and dark; timeline markers keep their size and labels never overlap', async () => {
  assert.ok(RAW_IDS.includes('official-statement') && RAW_IDS.includes('intelligence-assessment'));
  const tabs = await Promise.all(ARTICLES.map(tabFor));
  let checked = 0;
  for (const tabId of tabs) {
    for (const width of [360, 800]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const panel = await session.ext.context.newPage();
        await panel.emulateMedia({ colorScheme });
        await panel.setViewportSize({ width, height: 900 });
        await panel.goto(`chrome-extension://${session.ext.extensionId}/sidepanel.html?tabId=${tabId}`);
        await panel.locator('article.cp-claim').first().waitFor();
        await panel.locator('.cp-timeline-marker').first().waitFor();
        const text = await panel.locator('body').innerText();
        const raw = RAW_IDS.filter((id) =>
          new RegExp(`(^|[^\\w-])${id.replace(/[-_]/g, '[-_]')}($|[^\\w-])`).test(text),
        );
        assert.deepEqual(raw, [], `tab ${tabId} at ${width}px (${colorScheme}): raw ids in the panel`);
        assert.doesNotMatch(text, /\.\.(?!\.)/, `tab ${tabId} at ${width}px: a doubled full stop`);
        const geometry = await panel.evaluate(() => {
          const dots = [...document.querySelectorAll('.cp-timeline-dot')].map((d) => d.getBoundingClientRect().width);
          const clash: string[] = [];
          for (const fig of document.querySelectorAll('.cp-timeline')) {
            const labels = [...fig.querySelectorAll('.cp-timeline-marker text')].map((t) => ({
              text: t.textContent,
              r: t.getBoundingClientRect(),
            }));
            labels.forEach((a, i) =>
              labels.slice(i + 1).forEach((b) => {
                if (
                  a.r.left < b.r.right - 0.5 &&
                  b.r.left < a.r.right - 0.5 &&
                  a.r.top < b.r.bottom - 0.5 &&
                  b.r.top < a.r.bottom - 0.5
                )
                  clash.push(`${a.text} × ${b.text}`);
              }),
            );
            const svg = fig.querySelector('svg')!.getBoundingClientRect();
            if (svg.right > document.documentElement.clientWidth + 1)
              clash.push(`timeline wider than the panel (${svg.width})`);
          }
          return {
            dots,
            clash,
            labelled: [...document.querySelectorAll('.cp-timeline-marker')].every(
              (m) => (m.querySelector('text')?.textContent ?? '').trim() !== '',
            ),
          };
        });
        assert.ok(geometry.dots.length > 0);
        for (const d of geometry.dots)
          assert.ok(d >= 9.5 && d <= 13, `marker ${d}px wide at ${width}px: the same size at any width`);
        assert.deepEqual(geometry.clash, [], `tab ${tabId} at ${width}px: overlapping timeline labels`);
        assert.ok(geometry.labelled, 'every marker has a label');
        await panel.close();
        checked++;
      }
    }
  }
  assert.equal(checked, ARTICLES.length * 4);
});
