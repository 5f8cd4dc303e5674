/**
 * Scores the engine on a corpus of real article excerpts (`../shared/corpus/real`): labels.json
 * is a list of {file, group, language, claims, optional}, files are `articles/NAME.txt` with a
 * `URL:`/`TITLE:`/`DATE:` header, a blank line, then the body. The body is scored; TITLE and DATE
 * are page metadata (`unknown` or a title read off the address is left out).
 *
 * The corpus is split by a fixed rule chosen before anyone read it: articles sorted by file
 * name, every third one (index % 3 === 2) is the *unread* part, reported separately and only as
 * numbers (no claim texts), as this project's honest estimate of the hidden set.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../../rules/index';
import { emptyResult, scoreDocument, type DevResult, type LabelledDoc } from './eval-dev';
import { loadTxt, type LoadedText } from './load';

export interface RealDoc extends LabelledDoc {
  group: string;
  language: string;
}

export interface RealPart {
  result: DevResult;
  docs: RealDoc[];
  /** Findings in articles with no labelled claim (negatives), by file. */
  negativeFindings: { file: string; pattern: string; text: string }[];
}

export interface RealResult {
  corpus: string;
  all: RealPart;
  read: RealPart;
  unread: RealPart;
}

/** The fixed split: sorted by file name, every third article is the unread part. */
export function isUnread(file: string, sortedFiles: readonly string[]): boolean {
  return sortedFiles.indexOf(file) % 3 === 2;
}

export function isRealCorpus(dir: string): boolean {
  if (!existsSync(join(dir, 'labels.json')) || !existsSync(join(dir, 'articles'))) return false;
  return Array.isArray(JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')));
}

/** Splits the header from the body and loads the body like `npm run scan` loads a .txt file. */
export function loadRealArticle(raw: string): LoadedText {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const cut = text.search(/\n[ \t]*\n/);
  const header = cut < 0 ? '' : text.slice(0, cut);
  const field = (name: string) => header.match(new RegExp(`^${name}:[ \\t]*(.*)$`, 'm'))?.[1]?.trim() ?? '';
  const body = cut < 0 ? text : text.slice(cut).replace(/^\s+/, '');
  const date = field('DATE');
  const loaded = loadTxt(body, /^\d{4}(-\d\d){0,2}$/.test(date) ? { published: date } : {});
  const title = field('TITLE');
  if (title && title !== 'unknown' && !title.includes('[from URL]')) loaded.input.title = title;
  const url = field('URL');
  if (/^https?:\/\//.test(url)) loaded.input.url = url;
  return loaded;
}

const part = (): RealPart => ({ result: emptyResult(), docs: [], negativeFindings: [] });

export function scoreRealCorpus(engine: Engine, dir: string): RealResult {
  const docs = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as RealDoc[];
  const sorted = docs.map((d) => d.file).sort();
  const out: RealResult = { corpus: dir, all: part(), read: part(), unread: part() };
  for (const doc of docs) {
    const loaded = loadRealArticle(readFileSync(join(dir, 'articles', doc.file), 'utf8'));
    const target = isUnread(doc.file, sorted) ? out.unread : out.read;
    for (const p of [out.all, target]) {
      const before = p.result.falsePositives.length;
      scoreDocument(engine, loaded, doc, p.result);
      p.docs.push(doc);
      if (doc.claims.length === 0) {
        for (const fp of p.result.falsePositives.slice(before)) {
          p.negativeFindings.push({ file: doc.file, pattern: fp.finding.pattern, text: fp.finding.text });
        }
      }
    }
  }
  return out;
}
