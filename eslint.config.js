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
    // SQL lives in the repositories (STYLE: `*.repository.ts` — the only place SQL lives). Also
    // allowed: table files (defaults and checks are SQL), the database client and migrations,
    // pg-boss's adapter (jobs/boss.ts), and test harnesses.
    files: ['server/src/**/*.ts'],
    ignores: [
      'server/src/**/*.repository.ts',
      'server/src/**/*.schema.ts',
      'server/src/**/*.test.ts',
      'server/src/db/**',
      'server/src/jobs/boss.ts',
      'server/src/testing/**',
      'server/src/modules/*/testing/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='drizzle-orm'] > ImportSpecifier[imported.name='sql']",
          message: 'SQL lives in a *.repository.ts: add a function there that returns typed rows.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(execute|executeSql)$/]',
          message: 'Raw statements live in a *.repository.ts: add a function there that returns typed rows.',
        },
      ],
    },
  },
  {
    // The environment is read in config.ts alone (cli/open.ts hands it over); everything else
    // receives a Config or its own part of it.
    files: ['server/src/**/*.ts'],
    ignores: [
      'server/src/config.ts',
      'server/src/cli/open.ts',
      'server/src/**/*.test.ts',
      'server/src/testing/**',
      'server/src/modules/*/testing/**',
    ],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read the environment in config.ts and pass the value in.' },
      ],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
