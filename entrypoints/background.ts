import { defineBackground } from 'wxt/utils/define-background';
import { registerScanConfig } from '@/utils/scan-config';
import { registerTabStatus } from '@/utils/tab-status';

export default defineBackground(() => {
  registerTabStatus();
  registerScanConfig();
});
