import { describe, expect, it } from 'vitest';
import { DOM_NAMES, DOM_PREFIX } from '@/utils/dom-names';

describe('dom-names', () => {
  it.each(Object.entries(DOM_NAMES))('%s carries the counterpoint- prefix', (_key, name) => {
    expect(name.startsWith(DOM_PREFIX)).toBe(true);
    // Valid as a custom element name, highlight name, class and attribute suffix alike.
    expect(name).toMatch(/^[a-z][a-z0-9-]*-[a-z0-9-]+$/);
  });

  it('has no duplicate names', () => {
    const names = Object.values(DOM_NAMES);
    expect(new Set(names).size).toBe(names.length);
  });
});
