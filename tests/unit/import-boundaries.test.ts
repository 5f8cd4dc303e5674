/**
 * The import boundaries in eslint.config.js are a contract (issue #16): each is checked here
 * with an import that breaks it, so a config change that silently drops one fails a test.
 */
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });

/** The messages of `no-restricted-imports` for `code` as if it were the file at `path`. */
async function restricted(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(import.meta.dirname, '../..', path) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries (npm run lint)', () => {
  it.each([
    ['rules/engine/x.ts', "import { db } from '@/storage/db';\nexport const x = db;\n", /pure engine/],
    ['rules/x.ts', "import { DOM_PREFIX } from '../utils/dom-names';\nexport const x = DOM_PREFIX;\n", /pure engine/],
    ['rules/x.ts', "import { browser } from 'wxt/browser';\nexport const x = browser;\n", /pure engine/],
    [
      'entrypoints/sidepanel/x.ts',
      "import { x as y } from '@/entrypoints/content/card-text';\nexport const x = y;\n",
      /does not import another/,
    ],
    [
      'entrypoints/quiz/x.ts',
      "import { x as y } from '../gallery/Gallery';\nexport const x = y;\n",
      /does not import another/,
    ],
    [
      'scripts/x.ts',
      "import { x as y } from '../tests/e2e/helpers/session';\nexport const x = y;\n",
      /Nothing imports tests/,
    ],
    [
      'components/x.ts',
      "import { x as y } from '@/entrypoints/content/annotator';\nexport const x = y;\n",
      /does not import an entrypoint/,
    ],
    [
      'page/x.ts',
      "import { x as y } from '../entrypoints/content/card';\nexport const x = y;\n",
      /does not import an entrypoint/,
    ],
  ])('%s: %s is refused', async (path, code, why) => {
    const messages = await restricted(path, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(why);
  });

  it.each([
    ['rules/engine/x.ts', "import type { Lang } from '../languages';\nexport type X = Lang;\n"],
    [
      'entrypoints/sidepanel/x.ts',
      "import { shorten } from '@/rules/present/index';\nimport { t } from '@/utils/i18n';\nexport const x = [shorten, t];\n",
    ],
    [
      'tests/unit/x.test.ts',
      "import { x as y } from '@/entrypoints/content/card-text';\nimport { z } from '../e2e/helpers/session';\nexport const x = [y, z];\n",
    ],
  ])('%s: allowed imports pass', async (path, code) => {
    expect(await restricted(path, code)).toEqual([]);
  });
});
