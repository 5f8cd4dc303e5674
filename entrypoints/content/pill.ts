/**
 * The findings pill in the bottom-right corner: how many claims the page has, and previous/next
 * buttons that step through them (the same as Alt+Shift+K / Alt+Shift+J). It is the keyboard
 * and screen-reader entry point to the annotations; the live region beside it announces
 * which claim is open.
 */
import { countLabel } from './card-text';

export interface PillActions {
  step(delta: 1 | -1): void;
}

export class FindingsPill {
  readonly element = document.createElement('div');
  /** Polite announcements ("Claim 2 of 3: Denial by Peskov"). */
  readonly announcer = document.createElement('div');
  private readonly count = document.createElement('span');

  constructor(actions: PillActions) {
    const e = this.element;
    e.className = 'pill';
    e.setAttribute('role', 'toolbar');
    e.setAttribute('aria-label', 'Counterpoint: claims on this page');
    const prev = this.button('‹', 'Previous claim (Alt+Shift+K)', () => actions.step(-1));
    const next = this.button('›', 'Next claim (Alt+Shift+J)', () => actions.step(1));
    prev.className = 'prev';
    next.className = 'next';
    this.count.className = 'count';
    e.append(prev, this.count, next);
    this.announcer.className = 'sr';
    this.announcer.setAttribute('aria-live', 'polite');
  }

  /** `active` is the 0-based index of the open claim, or -1. */
  update(total: number, active: number): void {
    this.count.textContent = active >= 0 ? `${active + 1} of ${countLabel(total)}` : countLabel(total);
  }

  announce(text: string): void {
    this.announcer.textContent = text;
  }

  private button(label: string, name: string, onClick: () => void): HTMLButtonElement {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.setAttribute('aria-label', name);
    b.title = name;
    b.addEventListener('click', onClick);
    return b;
  }
}
