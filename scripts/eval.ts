/**
 * `npm run eval -- [--corpus DIR] [--json]`: scores the engine (all bundled packs) on
 *  1. the development set: DIR/labels.json with DIR/seeds/*.txt (loaded like `npm run scan`),
 *     recall per pattern, precision, speaker accuracy;
 *  2. the negative set: DIR/realpages/*.html must extract without error and give no finding;
 *  3. the labelled sentence fixtures in tests/fixtures/sentences (reported, not gating);
 *  4. extraction: the real pages against DIR/realpages-expected (paragraph recall, block
 *     precision) and a denial planted after their first, middle and last paragraph (reported
 *     against issue #12's targets, not gating; `--details` lists missed and extra text).
 * A DIR laid out like ../shared/corpus/real (labels.json as a list, articles/*.txt with headers)
 * is scored as real articles instead (see cli/eval-real.ts): per pattern, language and kind, for
 * all of it and for its unread part; `--details` lists the read part's misses and false positives.
 * DIR defaults to ../shared/corpus. Exits 1 when dev recall or precision is below 100% or a
 * real page has a finding or an error, 2 on a usage error.
 */
import { join, resolve } from 'node:path';
import { createEngine } from '../rules/index';
import { parseSimpleFlags, UsageError } from './cli/args';
import { scoreDevSet } from './cli/eval-dev';
import { formatEval, verdict, type EvalResult } from './cli/eval-report';
import { isRealCorpus, scoreRealCorpus } from './cli/eval-real';
import { formatReal, partScore } from './cli/eval-real-report';
import { scanRealPages, scoreSentences } from './cli/eval-suites';
import { scoreExtraction } from './cli/eval-extract';
import { extractionSummary, formatExtraction } from './cli/eval-extract-report';
import { scorePlanted } from './cli/eval-plant';

function main(argv: string[]): number {
  let flags: ReturnType<typeof parseSimpleFlags>;
  try {
    flags = parseSimpleFlags(argv, ['--corpus'], ['--details']);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`eval: ${error.message}\nUsage: npm run eval -- [--corpus DIR] [--json]`);
    return 2;
  }
  const corpus = resolve(flags.values.get('--corpus') ?? '../shared/corpus');
  const engine = createEngine();
  if (isRealCorpus(corpus)) {
    const real = scoreRealCorpus(engine, corpus);
    if (flags.json)
      console.log(
        JSON.stringify(
          { corpus, all: partScore(real.all), read: partScore(real.read), unread: partScore(real.unread) },
          null,
          2,
        ),
      );
    else console.log(formatReal(real, { details: flags.switches.has('--details') }));
    return 0;
  }
  const result: EvalResult = {
    corpus,
    dev: scoreDevSet(engine, corpus),
    realpages: scanRealPages(engine, join(corpus, 'realpages')),
    sentences: scoreSentences(engine),
  };
  const v = verdict(result);
  const extraction = scoreExtraction(corpus);
  const planted = scorePlanted(engine, corpus);
  if (flags.json) {
    const dev = {
      ...result.dev,
      falsePositives: result.dev.falsePositives.map(({ file, finding: f }) => ({
        file,
        pattern: f.pattern,
        ruleId: f.ruleId,
        speaker: f.speaker,
        text: f.text,
      })),
    };
    const extract = extractionSummary(extraction, planted);
    console.log(
      JSON.stringify(
        { ...v, corpus, dev, realpages: result.realpages, sentences: result.sentences, extraction: extract },
        null,
        2,
      ),
    );
  } else {
    console.log(formatEval(result, v));
    if (extraction.pages.length)
      console.log(`\n${formatExtraction(extraction, planted, { details: flags.switches.has('--details') })}`);
  }
  return v.ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
