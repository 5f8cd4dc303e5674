/**
 * The negative set (real pages: zero findings, zero extraction errors) and the labelled
 * sentence fixtures (tests/fixtures/sentences, scored by scripts/cli/sentence-fixtures.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyze, type Engine } from '../../rules/index';
import { FIXTURE_LANGS, loadItems, scoreItem } from './sentence-fixtures';
import { loadFile } from './load';

export interface RealPagesResult {
  pages: number;
  errors: { page: string; error: string }[];
  findings: { page: string; pattern: string; ruleId: string; speaker: string | null; text: string }[];
  truncated: string[];
  ms: number;
}

export function scanRealPages(engine: Engine, dir: string): RealPagesResult {
  // A corpus without real pages (e.g. --corpus tests/fixtures/articles) scores zero pages.
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => /\.html?$/i.test(n))
        .sort()
    : [];
  const out: RealPagesResult = { pages: files.length, errors: [], findings: [], truncated: [], ms: 0 };
  const started = performance.now();
  for (const name of files) {
    try {
      const doc = loadFile(join(dir, name));
      if (doc.truncated) out.truncated.push(name);
      for (const f of analyze(engine, doc.input)) {
        out.findings.push({
          page: basename(name),
          pattern: f.pattern,
          ruleId: f.ruleId,
          speaker: f.speaker,
          text: f.text,
        });
      }
    } catch (error) {
      out.errors.push({ page: name, error: error instanceof Error ? error.message : String(error) });
    }
  }
  out.ms = performance.now() - started;
  return out;
}

export interface SentenceLangResult {
  lang: string;
  items: number;
  claims: number;
  found: number;
  missed: { id: string; pattern: string; claim: string }[];
  falseAlarms: { id: string; pattern: string; text: string }[];
  speakerErrors: { id: string; expected: string | null; got: string | null }[];
  errors: { id: string; error: string }[];
}

export function scoreSentences(engine: Engine): SentenceLangResult[] {
  return FIXTURE_LANGS.map((lang) => {
    const items = loadItems(lang);
    const r: SentenceLangResult = {
      lang,
      items: items.length,
      claims: 0,
      found: 0,
      missed: [],
      falseAlarms: [],
      speakerErrors: [],
      errors: [],
    };
    for (const item of items) {
      r.claims += item.expect.length;
      try {
        const s = scoreItem(engine, item);
        r.found += item.expect.length - s.missed.length;
        for (const m of s.missed) r.missed.push({ id: item.id, pattern: m.pattern, claim: m.claim });
        for (const f of s.falseAlarms) r.falseAlarms.push({ id: item.id, pattern: f.pattern, text: f.text });
        for (const w of s.wrongSpeaker) r.speakerErrors.push({ id: item.id, expected: w.expected.speaker, got: w.got });
      } catch (error) {
        r.errors.push({ id: item.id, error: error instanceof Error ? error.message : String(error) });
      }
    }
    return r;
  });
}
