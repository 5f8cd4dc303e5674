import { defineBackground } from 'wxt/utils/define-background';
import { registerAllSites } from '@/utils/all-sites';
import { registerAnalyzePage } from '@/utils/analyze-page';
import { registerOpenContext } from '@/utils/open-context';
import { registerPackMessages } from '@/utils/pack-messages';
import { registerScanConfig } from '@/utils/scan-config';
import { registerScanTab } from '@/utils/scan-tab';
import { registerSettingsMessages } from '@/utils/settings-messages';
import { registerTabFindings } from '@/utils/tab-findings';

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
