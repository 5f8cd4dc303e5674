/**
 * Background side of `getScanConfig`: whether a page may be annotated, and with what.
 *
 * Order of the decision: global pause, then the user's per-site switch, then the engine data.
 * The engine data is built once per worker and reused (today the bundled packs; issue #6 adds
 * the user's packs and rule overrides, and must reset the cache when those change).
 */
import type { EngineInput } from '@/rules/engine/index';
import { engineInput } from '@/rules/index';
import { getSetting, isSiteEnabled } from '@/storage/settings';
import { hostOf } from './news-sites';
import { onMessage, type ScanConfig } from './protocol';

let cachedEngine: EngineInput | undefined;

/** The engine data pages receive. Plain data; built on first use. */
export function currentEngineInput(): EngineInput {
  return (cachedEngine ??= engineInput());
}

/** Forgets the cached engine data (after packs change). */
export function resetEngineInput(): void {
  cachedEngine = undefined;
}

/** The pure decision, given what the settings say. */
export function decideScanConfig(settings: { paused: boolean; siteEnabled: boolean }, engine: () => EngineInput): ScanConfig {
  if (settings.paused) return { enabled: false, reason: 'paused' };
  if (!settings.siteEnabled) return { enabled: false, reason: 'site-off' };
  return { enabled: true, engine: engine() };
}

/** Reads the settings for `url` from the database and decides. */
export async function getScanConfig(url: string): Promise<ScanConfig> {
  const host = hostOf(url);
  const [paused, siteEnabled] = await Promise.all([getSetting('paused'), host ? isSiteEnabled(host) : true]);
  return decideScanConfig({ paused, siteEnabled }, currentEngineInput);
}

/**
 * Answers content scripts. `onAnswer` lets the per-tab store record the outcome (a page that is
 * off has no findings, whatever it reported before).
 */
export function registerScanConfig(onAnswer?: (tabId: number, url: string, config: ScanConfig) => void): () => void {
  return onMessage('getScanConfig', async ({ data, sender }) => {
    const config = await getScanConfig(data.url);
    const tabId = sender.tab?.id;
    if (onAnswer && tabId != null && tabId >= 0) onAnswer(tabId, data.url, config);
    return config;
  });
}
