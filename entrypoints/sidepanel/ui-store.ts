/**
 * The side panel's UI state: which claim is selected (the roving-focus position) and which
 * cards have their record folded away. Nothing here is data: findings come from the background
 * by message, settings from the database by live query.
 */
import { create } from 'zustand';

interface PanelUi {
  selectedId: string | null;
  /** A claim to scroll into view and focus once (from "Open context" or the popup); ClaimList clears it. */
  revealId: string | null;
  /** Cards whose "What the record shows" the reader folded (all open by default). */
  folded: Record<string, true>;
  /** The last failure to show a claim on the page, for the alert. */
  error: string | null;
  select(id: string | null): void;
  /** Selects `id` and asks the list to bring it into view and focus it. */
  reveal(id: string): void;
  revealed(): void;
  toggleFolded(id: string): void;
  setError(error: string | null): void;
}

export const usePanelUi = create<PanelUi>((set) => ({
  selectedId: null,
  revealId: null,
  folded: {},
  error: null,
  select: (selectedId) => set({ selectedId }),
  reveal: (id) => set({ selectedId: id, revealId: id }),
  revealed: () => set({ revealId: null }),
  toggleFolded: (id) =>
    set(({ folded }) => {
      const next = { ...folded };
      if (next[id]) delete next[id];
      else next[id] = true;
      return { folded: next };
    }),
  setError: (error) => set({ error }),
}));

/** Where ArrowUp/ArrowDown lead from `current` in a list of `ids` (stops at the ends). */
export function nextClaimId(
  ids: readonly string[],
  current: string | null,
  key: 'ArrowUp' | 'ArrowDown' | 'Home' | 'End',
): string | null {
  if (ids.length === 0) return null;
  if (key === 'Home') return ids[0] ?? null;
  if (key === 'End') return ids[ids.length - 1] ?? null;
  const at = current == null ? -1 : ids.indexOf(current);
  if (at < 0) return ids[0] ?? null;
  const to = key === 'ArrowDown' ? Math.min(at + 1, ids.length - 1) : Math.max(at - 1, 0);
  return ids[to] ?? null;
}
