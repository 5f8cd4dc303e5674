/**
 * Background handlers for the settings messages. Every write goes to the database first, then
 * tells the content scripts concerned (`configChanged`) so a page clears or rescans at once
 * instead of on its next load.
 */
import * as settings from '@/storage/settings';
import { hostOf } from '@/utils/news-sites';
import { onBackgroundMessage, sendToTab } from '@/utils/protocol';
import { extensionPagesOnly } from './sender';
import type { TabFindingsStore } from './tab-findings-store';

/** Sends `configChanged` to tabs; a tab whose script is gone (or never was) just fails. */
export function notifyTabs(tabIds: Iterable<number>): void {
  for (const tabId of tabIds) sendToTab('configChanged', undefined, tabId).catch(() => {});
}

export function registerSettingsMessages(store: TabFindingsStore): () => void {
  const removers = [
    onBackgroundMessage(
      'setPaused',
      extensionPagesOnly(async ({ data: paused }) => {
        const result = { paused: await settings.setPaused(paused) };
        notifyTabs(store.tabIds());
        return result;
      }),
    ),
    onBackgroundMessage(
      'setSiteEnabled',
      extensionPagesOnly(async ({ data }) => {
        const host = data.host.toLowerCase();
        const result = { host, enabled: await settings.setSiteEnabled(host, data.enabled) };
        notifyTabs(store.tabIds().filter((tabId) => hostOf(store.get(tabId)?.url) === host));
        return result;
      }),
    ),
    onBackgroundMessage(
      'setTrainerMode',
      extensionPagesOnly(async ({ data: on }) => {
        try {
          const trainerMode = await settings.setTrainerMode(on === true);
          notifyTabs(store.tabIds());
          return { ok: true as const, trainerMode };
        } catch (error) {
          return { ok: false as const, error: error instanceof Error ? error.message : String(error) };
        }
      }),
    ),
    onBackgroundMessage(
      'setUiLanguage',
      extensionPagesOnly(async ({ data: lang }) => {
        try {
          const uiLanguage = await settings.setUiLanguage(lang);
          notifyTabs(store.tabIds());
          return { ok: true as const, uiLanguage };
        } catch (error) {
          return { ok: false as const, error: error instanceof Error ? error.message : String(error) };
        }
      }),
    ),
  ];
  return () => removers.forEach((remove) => remove());
}
