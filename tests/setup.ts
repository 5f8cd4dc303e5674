/**
 * Runs before every Vitest file. `fake-indexeddb/auto` installs an in-memory IndexedDB so Dexie
 * code runs unchanged under happy-dom (which has none).
 */
import 'fake-indexeddb/auto';
