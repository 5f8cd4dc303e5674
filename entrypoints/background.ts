import { defineBackground } from 'wxt/utils/define-background';
import { registerTabStatus } from '@/utils/tab-status';

export default defineBackground(() => {
  registerTabStatus();
});
