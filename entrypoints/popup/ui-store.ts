/**
 * The popup's UI state: what it is doing and what went wrong. Nothing here outlives the popup;
 * settings live in the database (read with live queries) and findings in the background.
 */
import { create } from 'zustand';

interface PopupUi {
  /** A request in flight, to disable its button and avoid double clicks. */
  busy: 'scan' | 'site' | 'pause' | 'trainer' | null;
  error: string | null;
  start(what: NonNullable<PopupUi['busy']>): void;
  done(error?: string): void;
}

export const usePopupUi = create<PopupUi>((set) => ({
  busy: null,
  error: null,
  start: (busy) => set({ busy, error: null }),
  done: (error) => set({ busy: null, error: error ?? null }),
}));
