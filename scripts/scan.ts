/**
 * Command-line scanner:
 * `npm run scan -- [--format json|text|markdown|html|w3c|claimreview] [--packs id,id] [--lang xx] [--encoding label] FILE...`
 *
 * Reads .html/.htm (linkedom + the content script's `extractDocument`) and .txt files, runs the
 * engine and prints one JSON object `{"documents":[...]}` (default) or a readable report, or
 * one export of all files (a Markdown or HTML handout, a W3C Web Annotation collection, a
 * ClaimReview array; rules/export).
 * A file that cannot be read or parsed is reported on stderr and listed in the JSON as
 * `{"source": FILE, "error": "..."}`; the other files are still scanned and the exit code is 1.
 * Usage errors (unknown option, unknown pack id) exit with 2. See scripts/cli/.
 */
import { runScan } from './cli/run-scan';

process.exitCode = runScan(process.argv.slice(2));
