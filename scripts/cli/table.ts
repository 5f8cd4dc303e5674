/**
 * Plain-text tables and number formatting for `npm run eval` and `npm run bench`.
 * Columns are right-aligned unless they hold text; widths come from the widest cell.
 */

export type Cell = string | number;

export interface TableOptions {
  /** Columns (by index) to left-align; default: the first. */
  left?: number[];
  indent?: string;
}

export function table(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  options: TableOptions = {},
): string {
  const left = new Set(options.left ?? [0]);
  const indent = options.indent ?? '  ';
  const cells = [header, ...rows].map((row) => row.map((c) => String(c)));
  const widths = header.map((_, col) => Math.max(...cells.map((row) => [...(row[col] ?? '')].length)));
  const pad = (text: string, col: number) => {
    const gap = ' '.repeat(widths[col]! - [...text].length);
    return left.has(col) ? text + gap : gap + text;
  };
  const line = (row: readonly string[]) =>
    indent +
    row
      .map((c, col) => pad(c, col))
      .join('  ')
      .trimEnd();
  const rule = indent + widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}

/** `n/d (pp.p%)`, or `—` when there is nothing to divide. */
export function ratio(n: number, d: number): string {
  return d === 0 ? '—' : `${n}/${d} (${percent(n, d)})`;
}

export function percent(n: number, d: number): string {
  return d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`;
}

export function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Shortens a claim for one-line listings. */
export function clip(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
