/**
 * Keyboard access to the claims: Alt+Shift+J next, Alt+Shift+K previous, Escape closes the
 * card. One `keydown` listener on the document (capture, bound to ctx).
 *
 * Why these keys: Chrome, Firefox and Edge bind no Alt+Shift+J/K (Chrome's Alt+Shift+ combos
 * are T, I, A and B; Firefox's are none by default), and the physical key (`code`) is read, so
 * the shortcut works on every layout and on macOS, where Option+Shift changes `key`. In text
 * fields the keys are left alone: there Option+Shift+J types a character.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Annotator } from './annotator';

export type ShortcutAction = 'next' | 'previous' | 'close';

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>;

/** What a key press asks of us, if anything. */
export function shortcutOf(e: KeyLike, cardOpen: boolean): ShortcutAction | null {
  if (e.key === 'Escape' && cardOpen && !e.altKey && !e.ctrlKey && !e.metaKey) return 'close';
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return null;
  if (e.code === 'KeyJ') return 'next';
  if (e.code === 'KeyK') return 'previous';
  return null;
}

function isEditable(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

export function bindKeyboard(ctx: ContentScriptContext, annotator: Annotator): void {
  ctx.addEventListener(
    document,
    'keydown',
    (event) => {
      const action = shortcutOf(event, annotator.cardOpen);
      if (!action) return;
      if (action === 'close') {
        annotator.closeCard(true);
        return;
      }
      if (annotator.annotations.length === 0 || isEditable(event.composedPath()[0])) return;
      event.preventDefault();
      annotator.step(action === 'next' ? 1 : -1);
    },
    { capture: true },
  );
}
