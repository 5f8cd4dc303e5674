/**
 * ESLint (flat config): typescript-eslint's recommended rules, plus the project's import
 * boundaries (issue #16), written as `no-restricted-imports` patterns so a wrong import fails
 * `npm run lint` (and so `npm test`) with the reason:
 * - rules/ is the pure engine: it imports nothing outside rules/ (and no Node or browser API);
 * - an entrypoint does not import another entrypoint;
 * - nothing imports tests/ (tests import everything else, scripts included);
 * - shared code (components/, page/, utils/, storage/, scripts/) does not import entrypoints/:
 *   what two entrypoints share lives outside them (page-side code in page/).
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ENTRYPOINTS = ['background', 'content', 'gallery', 'options', 'popup', 'quiz', 'sidepanel'];

const NO_TESTS = {
  regex: String.raw`(^|/)tests/|^@/tests(/|$)`,
  message: 'Nothing imports tests/: move what is shared to scripts/ or the module it belongs to.',
};
const NO_ENTRYPOINTS = {
  regex: String.raw`(^|/)entrypoints/|^@/entrypoints(/|$)`,
  message:
    'Shared code does not import an entrypoint: move what is shared out of entrypoints/ (page-side code: page/).',
};

/** One entrypoint's files may not import another's. */
function entrypointBoundary(name) {
  const others = ENTRYPOINTS.filter((n) => n !== name).join('|');
  return {
    files: [`entrypoints/${name}/**/*.{ts,tsx}`, `entrypoints/${name}.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_TESTS,
            {
              regex: String.raw`^@/entrypoints/(${others})(/|\.|$)|^(\.\./)+(entrypoints/)?(${others})(/|$)`,
              message: `An entrypoint does not import another: move what ${name} shares to components/, page/ or utils/.`,
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['.output/**', '.output-test/**', '.wxt/**', 'node_modules/**', '.tmp/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // Unused names are errors, except the ones a signature needs and says so with `_`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // An empty catch is allowed where a failure is expected (and its comment says so).
      'no-empty': ['error', { allowEmptyCatch: true }],
      // The engine's regexes match code-point ranges on purpose: NUL–DEL ("not ASCII"), letters
      // with their combining marks (tokens.ts folds accents).
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
      // `a && b()` and comma sequences as statements: a style the JSON scanner and the benchmarks use.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
    },
  },
  {
    files: ['rules/import/json-text.ts', 'rules/import/subscription.ts', 'scripts/cli/engine-ab.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Tests build broken inputs on purpose (`any` to corrupt a parsed backup).
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['rules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^@/(?!rules/)|^(\.\./)+(utils|entrypoints|components|storage|tests|scripts|page)(/|$)|^(node:|wxt|react|dexie|@webext-core)`,
              message:
                'rules/ is the pure engine: text in, findings out; it imports nothing outside rules/ (no DOM, browser, storage or Node API).',
            },
          ],
        },
      ],
    },
  },
  ...ENTRYPOINTS.map(entrypointBoundary),
  {
    files: ['components/**/*.{ts,tsx}', 'page/**/*.ts', 'utils/**/*.{ts,tsx}', 'storage/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_TESTS, NO_ENTRYPOINTS] }] },
  },
  {
    // Node scripts and their harness.
    files: ['scripts/**/*.ts', 'tests/**/*.{ts,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
