import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * An import of another module that does not go through its index.ts (nor, where `mount` is
 * set, its mount.ts), at the depth `up` climbs to reach the modules' folder. Table files
 * (`*.schema.ts`) stay nameable: drizzle-kit loads the schema without the modules' services.
 */
function crossModule(up, mount = false) {
  const allowed = mount ? '(?!index\\.ts$|mount\\.ts$)' : '(?!index\\.ts$)';
  return {
    regex: `^${up}[^./][^/]*/${allowed}(?![^/]+\\.schema\\.ts$).+`,
    message: mount
      ? 'Import another module through its index.ts (or, for its routes and jobs, its mount.ts).'
      : 'Import another module through its index.ts.',
  };
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'test-results/**',
      'server/drizzle/**',
      'bench/out/**',
      'web/src/api/schema.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
      // Modules talk to each other through their index.ts only (STYLE: no deep imports). Outside
      // the modules (the HTTP layer, the CLI, jobs) a module's mount.ts (its routes and jobs) and
      // its table file (db/schema.ts) may be named too.
      'no-restricted-imports': ['error', { patterns: [crossModule('(\\.\\./)+modules/', true)] }],
    },
  },
  {
    // Inside a module, another module is reached through its index.ts, from any depth (a
    // sibling module's table file excepted: a table references another's for its foreign keys).
    files: ['server/src/modules/*/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [crossModule('\\.\\./')] }] },
  },
  {
    files: ['server/src/modules/*/*/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [crossModule('\\.\\./\\.\\./')] }] },
  },
  {
    files: ['server/src/modules/*/*/*/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [crossModule('\\.\\./\\.\\./\\.\\./')] }] },
  },
  {
    files: ['server/src/modules/*/*/*/*/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [crossModule('\\.\\./\\.\\./\\.\\./\\.\\./')] }] },
  },
  {
    // A module's routes may use another module's mount.ts (a response schema it shares); nothing
    // below the routes may, or the HTTP layer and the modules would import each other again.
    files: ['server/src/modules/*/*.routes.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [crossModule('\\.\\./', true)] }] },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
