/**
 * `npm run scan` as a function, so tests can run it in-process: argv in, text written to the
 * given streams, exit code out (0 ok, 1 a file failed, 2 usage error).
 */
import { exportAll, isExportFormat, type ExportDocument } from '../../rules/export/index';
import { analyze, createEngine } from '../../rules/index';
import { parseScanArgs, SCAN_USAGE, selectPacks, UsageError, type ScanArgs } from './args';
import { exportTimestamp, toExportDocument } from './export';
import { formatText, toJsonDocument, type ScanOutput } from './format';
import { toBlocksDocument, type BlocksOutput } from './format-blocks';
import { LoadError, loadFile } from './load';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export function runScan(argv: readonly string[], io: Io = processIo): number {
  let args: ScanArgs;
  let engine: ReturnType<typeof createEngine>;
  try {
    args = parseScanArgs(argv);
    if (args.help) {
      io.stdout(`${SCAN_USAGE}\n`);
      return 0;
    }
    engine = createEngine(selectPacks(args.packs));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`scan: ${error.message}\n\n${SCAN_USAGE}\n`);
    return 2;
  }

  const out: ScanOutput = { documents: [] };
  // --format blocks: the extraction alone, no analysis.
  const blocks: BlocksOutput = { documents: [] };
  // Export formats: the files that loaded, in argument order; failures are on stderr only.
  const exported: ExportDocument[] = [];
  const generatedAt = exportTimestamp();
  let failed = 0;
  for (const file of args.files) {
    try {
      const doc = loadFile(file, {
        ...(args.lang ? { lang: args.lang } : {}),
        ...(args.encoding ? { encoding: args.encoding } : {}),
      });
      if (doc.truncated)
        io.stderr(`scan: ${file}: page is longer than the extraction budget; the rest was not scanned\n`);
      if (args.format === 'blocks') {
        blocks.documents.push(toBlocksDocument(file, doc.input));
        continue;
      }
      const findings = analyze(engine, doc.input);
      out.documents.push(toJsonDocument(file, doc.input, findings, (msg) => io.stderr(`scan: ${file}: ${msg}\n`)));
      exported.push(toExportDocument(file, doc.input, findings, generatedAt));
    } catch (error) {
      failed++;
      const message =
        error instanceof LoadError
          ? error.message
          : `${file}: ${error instanceof Error ? error.message : String(error)}`;
      io.stderr(`scan: ${message}\n`);
      out.documents.push({ source: file, error: message });
      blocks.documents.push({ source: file, error: message });
    }
  }
  if (args.format === 'blocks') io.stdout(`${JSON.stringify(blocks, null, 2)}\n`);
  else if (isExportFormat(args.format)) io.stdout(exportAll(args.format, exported));
  else io.stdout(args.format === 'json' ? `${JSON.stringify(out, null, 2)}\n` : formatText(out));
  if (failed > 0) io.stderr(`scan: ${failed} of ${args.files.length} file${args.files.length > 1 ? 's' : ''} failed\n`);
  return failed > 0 ? 1 : 0;
}
