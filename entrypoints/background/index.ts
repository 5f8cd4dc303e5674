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
  registerScanConfig((tabId, url, config) => tabs.noteConfig(tabId, url, config.enabled ? 'scanning' : config.reason));
  registerSettingsMessages(tabs.store);
  registerScanTab(tabs.store);
  registerAllSites();
  registerOpenContext();
  registerPackMessages(tabs.store);
});
