import { defineBackground } from 'wxt/utils/define-background';
import { registerAllSites } from './all-sites';
import { registerAnalyzePage } from './analyze-page';
import { registerOpenContext } from './open-context';
import { registerPackMessages } from './pack-messages';
import { registerScanConfig } from './scan-config';
import { registerScanTab } from './scan-tab';
import { registerSettingsMessages } from './settings-messages';
import { registerTabFindings } from './tab-findings';

export default defineBackground(() => {
  const tabs = registerTabFindings();
  registerAnalyzePage();
  // The tab's state is recorded (after the store restored itself) before the page gets its answer.
  registerScanConfig(async (tabId, url, config, title) => {
    await tabs.store.ready;
    tabs.noteConfig(tabId, url, config.enabled ? 'scanning' : config.reason, title);
  });
  registerSettingsMessages(tabs.store);
  registerScanTab(tabs.store);
  registerAllSites();
  registerOpenContext();
  registerPackMessages(tabs.store);
});
