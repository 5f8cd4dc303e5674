/**
 * Background side of `getScanConfig`: the engine data a page needs. For now every page on
 * the site list gets the bundled packs; settings (pause, per-site off) and user packs plug in
 * here.
 */
import { engineInput } from '@/rules/index';
import { onMessage, type ScanConfig } from './protocol';

export function registerScanConfig(): () => void {
  return onMessage('getScanConfig', (): ScanConfig => ({ enabled: true, engine: engineInput() }));
}
