// ESLint (flat config): typescript-eslint's recommended rules everywhere, and the React
// hooks rules as errors, so a hook's dependencies are checked by a tool, not by hand.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'shell/**', '.e2e/**', 'src/generated/**', 'public/packs/**', 'leaflets/**', 'data/**', '.scratch/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.serviceworker, __APP_VERSION__: 'readonly' } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // The family app never imports the NGO dashboard (admin/). Before the per-folder blocks below:
  // a later block's no-restricted-imports replaces this one for its folder, and those folders
  // may import even less.
  {
    files: ['src/**/*.{ts,tsx,js}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/admin', '**/admin/**'], message: 'The family app never imports the NGO dashboard.' }] }] },
  },
  // The one rule of direction (docs/architecture.md): app → features → ui/data/i18n → shared.
  // A feature uses another feature only through its index.ts; the worker never sees the page.
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/app', '**/app/**'], message: 'Features never import the shell (src/app). Move shared pieces to src/ui.' },
        { regex: '^\\.\\./(?!\\.\\.)[^/]+/(?!index$).+', message: "Use the other feature's index.ts, not its internals." },
      ] }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/app', '**/app/**', '**/features', '**/features/**'], message: 'src/ui holds leaf building blocks: it imports neither the shell nor features.' },
      ] }],
    },
  },
  {
    files: ['src/data/**/*.{ts,tsx}', 'src/i18n/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/app', '**/app/**', '**/features', '**/features/**', '**/sw', '**/sw/**'], message: 'src/data and src/i18n sit below the shell and features, and meet the worker only in src/shared.' },
      ] }],
    },
  },
  {
    files: ['src/sw/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['dexie', 'react', 'react-dom'], patterns: [
        { group: ['**/data', '**/data/**', '**/app', '**/app/**', '**/features', '**/features/**', '**/ui', '**/ui/**', '**/i18n', '**/i18n/**'], message: 'The worker imports only workbox, src/shared and generated data.' },
      ] }],
    },
  },
  {
    files: ['src/shared/*.{ts,js}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./', message: 'src/shared imports only src/shared.' }] }] },
  },
  {
    files: ['src/shared/*/**/*.{ts,js}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./\\.\\./', message: 'src/shared imports only src/shared.' }] }] },
  },
  // The NGO dashboard (admin/) is its own page and bundle: it may use src/shared (facts, CSV,
  // text checks) but nothing of the family app, and the family app never imports it.
  {
    files: ['admin/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^\\.\\./\\.\\./(?!src/shared/)', message: 'The dashboard imports only its own files and src/shared.' },
      ] }],
    },
  },
  {
    files: ['server/**/*.js', 'scripts/**/*.js', 'tests/**/*.{js,ts,tsx}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['public/*.js'], // classic scripts the pages load as they are
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    // Tests read YAML and JSON of any shape (strings files, API answers) and poke at it.
    files: ['tests/**/*.{js,ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    rules: {
      // `_name` marks a parameter or binding that is unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
