import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { TabStatusView } from '@/components/TabStatusView';
import type { TabStatusState } from '@/utils/use-tab-status';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function render(state: TabStatusState): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => createRoot(container).render(<TabStatusView state={state} />));
  return container;
}

afterEach(() => document.body.replaceChildren());

describe('TabStatusView', () => {
  it('names the scanned page', () => {
    const el = render({
      phase: 'ready',
      tabId: 1,
      status: { scanned: true, url: 'https://example.org/a', title: 'An article' },
    });
    expect(el.textContent).toContain('Scanned.');
    expect(el.textContent).toContain('An article');
    expect(el.textContent).toContain('https://example.org/a');
  });

  it('says when the page was not scanned', () => {
    const el = render({ phase: 'ready', tabId: 1, status: { scanned: false } });
    expect(el.textContent).toContain('Not scanned.');
    expect(el.querySelector('[data-state="scanned"]')).toBeNull();
  });

  it('shows a background failure as an alert', () => {
    const el = render({ phase: 'error', error: 'No response' });
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('No response');
  });
});
