/**
 * Background side of `getScanConfig`: whether a page may be annotated, and with what.
 *
 * Order of the decision: global pause, then the user's per-site switch, then trainer mode (with
 * the pack and rule titles it shows) and the interface language, which the in-page UI cannot
 * read itself. The engine data never goes to the page: `analyzePage` runs it here.
 * The engine data is built from the database (enabled packs, with the rules the user switched
 * off removed: storage/packs.ts `activePacks`) once per worker and reused; every pack or rule
 * change made through the background calls `resetEngineInput()` (pack-messages.ts).
 */
import type { EngineInput } from '@/rules/engine/index';
import { engineInput } from '@/rules/index';
import { activePacks } from '@/storage/packs';
import { getSetting, isSiteEnabled } from '@/storage/settings';
import { browserUiLanguage, resolveUiLanguage, type UiLanguage } from '@/utils/i18n';
import { hostOf } from '@/utils/news-sites';
import { onBackgroundMessage, type ScanConfig } from '@/utils/protocol';

let cachedEngine: Promise<EngineInput> | undefined;
/** Bumped by every reset, so a build that started before a change is never cached after it. */
let generation = 0;

/** The engine data pages receive. Plain data; built from the database on first use. */
export function currentEngineInput(): Promise<EngineInput> {
  if (cachedEngine) return cachedEngine;
  const started = generation;
  const built = activePacks().then(
    (packs) => engineInput(packs),
    (error: unknown) => {
      if (cachedEngine === built) cachedEngine = undefined;
      throw error;
    },
  );
  if (started === generation) cachedEngine = built;
  return built;
}

/** Forgets the cached engine data (after packs change). */
export function resetEngineInput(): void {
  generation++;
  cachedEngine = undefined;
}

/** The pure decision, given what the settings say (`lang`: the resolved interface language, English if not given). */
export function decideScanConfig(
  settings: { paused: boolean; siteEnabled: boolean; trainer?: boolean; lang?: UiLanguage },
  engine: () => EngineInput,
): ScanConfig {
  if (settings.paused) return { enabled: false, reason: 'paused' };
  if (!settings.siteEnabled) return { enabled: false, reason: 'site-off' };
  const trainer = settings.trainer === true;
  // Only titles: the engine stays in the background (analyze-page.ts).
  const titles = trainer
    ? engine().packs.map((p) => ({
        id: p.id,
        title: p.title,
        rules: p.rules.map((r) => ({ id: r.id, title: r.title })),
      }))
    : undefined;
  return { enabled: true, ...(titles ? { titles } : {}), trainer, lang: settings.lang ?? 'en' };
}

/**
 * Reads the settings for `url` from the database and decides. The interface-language setting is
 * resolved here ('auto' → the browser's language), so the page gets a language it can use as is.
 */
export async function getScanConfig(url: string): Promise<ScanConfig> {
  const host = hostOf(url);
  const [paused, siteEnabled, trainer, uiLanguage] = await Promise.all([
    getSetting('paused'),
    host ? isSiteEnabled(host) : true,
    getSetting('trainerMode'),
    getSetting('uiLanguage'),
  ]);
  if (paused || !siteEnabled) {
    return decideScanConfig({ paused, siteEnabled }, () => {
      throw new Error('unreachable: a page that is off gets no engine data');
    });
  }
  const engine = await currentEngineInput();
  const lang = resolveUiLanguage(uiLanguage, browserUiLanguage());
  return decideScanConfig({ paused, siteEnabled, trainer, lang }, () => engine);
}

/**
 * Answers content scripts. `onAnswer` lets the per-tab store record the outcome (a page that is
 * off has no findings, whatever it reported before).
 */
export function registerScanConfig(
  onAnswer?: (tabId: number, url: string, config: ScanConfig, title: string | undefined) => void | Promise<void>,
): () => void {
  return onBackgroundMessage('getScanConfig', async ({ data, sender }) => {
    const config = await getScanConfig(data.url);
    const tabId = sender.tab?.id;
    const title = typeof data.title === 'string' ? data.title : undefined;
    if (onAnswer && tabId != null && tabId >= 0) await onAnswer(tabId, data.url, config, title);
    return config;
  });
}
