import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingsSummary } from '@/components/FindingsSummary';
import { Switch } from '@/components/Switch';
import type { Finding } from '@/rules/types';
import type { TabFindings } from '@/utils/protocol';
import { tabIdFromQuery } from '@/utils/use-tab-findings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function render(node: React.ReactNode): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => createRoot(container).render(node));
  return container;
}
afterEach(() => document.body.replaceChildren());

const f = (pattern: Finding['pattern']) => ({ pattern }) as Finding;
const tab = (state: TabFindings['state'], findings: Finding[] = []): TabFindings => ({ tabId: 1, state, findings });

describe('FindingsSummary', () => {
  it('counts the claims on a scanned page by pattern, in pattern order', () => {
    const el = render(<FindingsSummary tab={tab('scanned', [f('dismissal'), f('denial'), f('denial')])} onList />);
    expect(el.querySelector('[data-state="scanned"]')?.textContent).toContain('3 claims on this page');
    const rows = [...el.querySelectorAll('li')].map((li) => li.textContent);
    expect(rows).toEqual(['Denial 2', 'Dismissal 1']);
  });

  it('says why nothing is shown', () => {
    expect(render(<FindingsSummary tab={tab('scanned')} onList />).textContent).toContain('No claims found');
    expect(render(<FindingsSummary tab={tab('paused')} onList />).textContent).toContain('Paused.');
    expect(render(<FindingsSummary tab={tab('site-off')} onList />).textContent).toContain('Off on this site.');
    expect(render(<FindingsSummary tab={tab('not-scanned')} onList={false} />).textContent).toContain(
      'not on Counterpoint’s news list',
    );
    expect(render(<FindingsSummary tab={tab('not-scanned')} onList />).textContent).toContain('reload the page');
  });
});

describe('Switch', () => {
  it('is a button with role switch and aria-checked, toggling on click', () => {
    const onChange = vi.fn();
    const el = render(
      <Switch id="s" label="Pause everywhere" checked={false} onChange={onChange} description="Stops everything." />,
    );
    const button = el.querySelector('button')!;
    expect(button.getAttribute('role')).toBe('switch');
    expect(button.getAttribute('aria-checked')).toBe('false');
    expect(button.textContent).toBe('Pause everywhere');
    expect(el.querySelector(`#${button.getAttribute('aria-describedby')}`)?.textContent).toBe('Stops everything.');
    act(() => button.click());
    expect(onChange).toHaveBeenCalledWith(true);
  });
});

describe('tabIdFromQuery', () => {
  it('reads ?tabId=N and ignores anything else', () => {
    expect(tabIdFromQuery('?tabId=42')).toBe(42);
    expect(tabIdFromQuery('')).toBeUndefined();
    expect(tabIdFromQuery('?tabId=')).toBeUndefined();
    expect(tabIdFromQuery('?tabId=-1')).toBeUndefined();
    expect(tabIdFromQuery('?tabId=1.5')).toBeUndefined();
    expect(tabIdFromQuery('?tabId=abc')).toBeUndefined();
  });
});
