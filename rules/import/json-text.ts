/**
 * JSON text → value, with syntax errors reported as "line 3, column 7" instead of an engine's
 * message. Users import files they edited by hand; a position they can find in their editor
 * is the difference between fixing the file and giving up.
 *
 * JSON.parse messages differ by engine (V8 says "at position N" for some errors and nothing
 * for others; Firefox says "at line L column C"), so we read a position from the message when
 * there is one and otherwise find the first bad character with a small iterative scanner
 * (iterative so that a hostile file nested a million levels deep cannot overflow the stack).
 */
import type { PackError } from '../schema/validate';

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; errors: PackError[] };

/** Parses `text` (a leading byte-order mark is ignored); never throws. */
export function parseJsonText(text: string): JsonTextResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const offset = offsetFromMessage(body, message) ?? scanForError(body);
    const { line, column } = lineColumn(body, offset);
    const near = body.slice(offset, offset + 20).split(/\r?\n/)[0];
    const what = offset >= body.length ? 'the file ends too early' : `unexpected ${JSON.stringify(near)}`;
    return {
      ok: false,
      errors: [{ path: '(root)', message: `not valid JSON at line ${line}, column ${column}: ${what}` }],
    };
  }
}

/** 1-based line and column of a character offset (a column counts UTF-16 units, as editors mostly do). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

function offsetFromMessage(text: string, message: string): number | null {
  const pos = /at position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) {
    let offset = 0;
    for (let l = 1; l < Number(lc[1]); l++) offset = text.indexOf('\n', offset) + 1;
    return offset + Number(lc[2]) - 1;
  }
  if (/end of (JSON )?(input|data)/i.test(message)) return text.length;
  return null;
}

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** Offset of the first character that makes `text` invalid JSON (text.length: it ends too early). */
export function scanForError(text: string): number {
  const stack: string[] = [];
  let i = 0;
  let state: 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'after' = 'value';
  const skip = () => {
    while (i < text.length && WS.has(text[i]!)) i++;
  };
  const string = (): boolean => {
    for (i++; i < text.length;) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return (i++, true);
      if (c < 0x20) return false;
      if (c !== 0x5c) i++;
      else if (((ESCAPE.lastIndex = i), ESCAPE.test(text))) i = ESCAPE.lastIndex;
      else return false;
    }
    return false;
  };
  for (;;) {
    skip();
    if (i >= text.length) return state === 'after' && stack.length === 0 ? -1 : text.length;
    const c = text[i]!;
    if (state === 'after') {
      const top = stack[stack.length - 1];
      if (top === undefined) return i;
      if (c === ',') (i++, (state = top === '{' ? 'key' : 'value'));
      else if (c === (top === '{' ? '}' : ']')) (i++, stack.pop());
      else return i;
    } else if (state === 'key' || state === 'key-or-end') {
      if (c === '}' && state === 'key-or-end') (i++, stack.pop(), (state = 'after'));
      else if (c !== '"' || !string()) return i;
      else if ((skip(), text[i] !== ':')) return i;
      else (i++, (state = 'value'));
    } else if (c === ']' && state === 'value-or-end') (i++, stack.pop(), (state = 'after'));
    else if (c === '{' || c === '[') (stack.push(c), i++, (state = c === '{' ? 'key-or-end' : 'value-or-end'));
    else if (c === '"') {
      if (!string()) return i;
      state = 'after';
    } else {
      const literal = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      NUMBER.lastIndex = i;
      if (literal) i += literal.length;
      else if (NUMBER.test(text)) i = NUMBER.lastIndex;
      else return i;
      state = 'after';
    }
  }
}

/**
 * Whether a parsed value nests deeper than `max` arrays/objects. Checked right after parsing,
 * iteratively: the validator, JSON.stringify, structured cloning into IndexedDB and messaging
 * to tabs all recurse, and a pack never needs more than a handful of levels.
 */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
