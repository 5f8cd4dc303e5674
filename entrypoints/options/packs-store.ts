/**
 * UI state of the options page's pack management (zustand): the search text, which packs are
 * expanded, and an import waiting for the user's "replace?" answer. Everything persistent
 * (packs, overrides, subscriptions) is read from Dexie with live queries, never kept here.
 */
import { create } from 'zustand';
import type { PackError } from '@/rules/import/errors';

export interface PendingImport {
  text: string;
  byteLength: number;
  fileName: string;
  existing: { id: string; title: string; version: string };
}

export interface PacksUiState {
  query: string;
  expanded: Record<string, boolean>;
  pendingImport: PendingImport | null;
  importErrors: { fileName: string; errors: PackError[] } | null;
  importMessage: string | null;
  confirmDefaults: boolean;
  setQuery(query: string): void;
  toggleExpanded(packId: string): void;
  setPendingImport(pending: PendingImport | null): void;
  setImportResult(result: { errors?: { fileName: string; errors: PackError[] } | null; message?: string | null }): void;
  setConfirmDefaults(open: boolean): void;
}

export const usePacksUi = create<PacksUiState>((set) => ({
  query: '',
  expanded: {},
  pendingImport: null,
  importErrors: null,
  importMessage: null,
  confirmDefaults: false,
  setQuery: (query) => set({ query }),
  toggleExpanded: (packId) => set((s) => ({ expanded: { ...s.expanded, [packId]: !s.expanded[packId] } })),
  setPendingImport: (pendingImport) => set({ pendingImport }),
  setImportResult: ({ errors = null, message = null }) => set({ importErrors: errors, importMessage: message }),
  setConfirmDefaults: (confirmDefaults) => set({ confirmDefaults }),
}));
