/** Writes one `## …` section of BENCHMARKS.md: replaces the section that starts with `heading`, or appends it. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function writeBenchmarksSection(file: string, heading: string, markdown: string): void {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = current.indexOf(heading);
  if (start < 0) {
    writeFileSync(file, current ? `${current.trimEnd()}\n\n${markdown}` : markdown);
    return;
  }
  const next = current.indexOf('\n## ', start + heading.length);
  writeFileSync(file, current.slice(0, start) + markdown + (next < 0 ? '' : `\n${current.slice(next + 1)}`));
}
