/**
 * The findings pill in the bottom-right corner: how many claims the page has, and previous/next
 * buttons that step through them (the same as Alt+Shift+K / Alt+Shift+J). It is the keyboard
 * and screen-reader entry point to the annotations; the live region beside it announces
 * which claim is open.
 */
import { t, uiLanguage } from '@/utils/i18n';
import { countLabel, countLabelAt } from './card-text';

export interface PillActions {
  step(delta: 1 | -1): void;
}

export class FindingsPill {
  readonly element = document.createElement('div');
  /** Polite announcements ("Claim 2 of 3: Denial by Peskov"). */
  readonly announcer = document.createElement('div');
  private readonly count = document.createElement('span');
  private readonly prev: HTMLButtonElement;
  private readonly next: HTMLButtonElement;

  constructor(actions: PillActions) {
    const e = this.element;
    e.className = 'pill';
    e.setAttribute('role', 'toolbar');
    this.prev = this.button('‹', () => actions.step(-1));
    this.next = this.button('›', () => actions.step(1));
    this.prev.className = 'prev';
    this.next.className = 'next';
    this.count.className = 'count';
    e.append(this.prev, this.count, this.next);
    this.announcer.className = 'sr';
    this.announcer.setAttribute('aria-live', 'polite');
    this.relabel();
  }

  /** Names the toolbar and its buttons in the interface language (again after it changes). */
  relabel(): void {
    const lang = uiLanguage();
    this.element.lang = lang;
    this.announcer.lang = lang;
    this.element.setAttribute('aria-label', t('pillLabel'));
    for (const [b, name] of [
      [this.prev, t('previousClaim')],
      [this.next, t('nextClaim')],
    ] as const) {
      b.setAttribute('aria-label', name);
      b.title = name;
    }
  }

  /** `active` is the 0-based index of the open claim, or -1. */
  update(total: number, active: number): void {
    this.count.textContent = active >= 0 ? countLabelAt(active, total) : countLabel(total);
  }

  announce(text: string): void {
    this.announcer.textContent = text;
  }

  private button(label: string, onClick: () => void): HTMLButtonElement {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', onClick);
    return b;
  }
}
