// Lint: typed rules from typescript-eslint, no `any`, no floating promises, React's hook and compiler
// rules (react-hooks recommended-latest), and the import direction of ../shared/CONVENTIONS.md:
// app → features → components/charts/queries → import → data.
import js from '@eslint/js';
import { readdirSync } from 'node:fs';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync('src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const layering = [
  {
    target: './src/data',
    from: [
      './src/app',
      './src/features',
      './src/components',
      './src/charts',
      './src/queries',
      './src/view-state',
      './src/i18n',
      './src/import',
    ],
    message: 'src/data is the pure data layer: it imports nothing from the UI.',
  },
  {
    target: './src/import',
    from: [
      './src/app',
      './src/features',
      './src/components',
      './src/charts',
      './src/queries',
      './src/view-state',
      './src/i18n',
    ],
    message: 'src/import (version store, worker) is browser plumbing under the queries: no UI.',
  },
  {
    target: './src/charts',
    from: ['./src/app', './src/features', './src/components', './src/queries', './src/view-state'],
    message: 'chart builders take a model and return an option; they know no views or queries.',
  },
  {
    target: './src/queries',
    from: ['./src/app', './src/features', './src/components', './src/charts'],
    message: 'queries load data; they know no views.',
  },
  {
    target: ['./src/view-state', './src/i18n'],
    from: ['./src/app', './src/features', './src/components', './src/charts', './src/queries'],
    message: 'URL state and messages depend on the data layer only.',
  },
  {
    target: './src/components',
    from: ['./src/app', './src/features'],
    message: 'shared components must not depend on a feature.',
  },
  { target: './src/features', from: ['./src/app'], message: 'features do not import the app shell.' },
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'features do not import each other; share through components, charts or queries.',
  })),
];

export default tseslint.config(
  {
    ignores: [
      'eslint.config.js',
      'reports',
      'dist',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  // The React Compiler's checks as lint (refs read or written while rendering, state set in an
  // effect, impure renders…) on top of rules-of-hooks and exhaustive-deps.
  reactHooks.configs.flat['recommended-latest'],
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/explicit-module-boundary-types': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'import/no-restricted-paths': ['error', { zones: layering }],
      'import/no-cycle': 'error',
      // The preset warns; a missing dependency is a bug here (and --max-warnings 0 fails anyway).
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'echarts',
                'echarts/*',
                'echarts-for-react',
                'echarts-for-react/*',
                'node:*',
              ],
              message: 'src/data runs in Node, the browser and a worker: no React, ECharts or Node APIs.',
            },
          ],
        },
      ],
    },
  },
  {
    // Interface text lives in typed catalogues (src/i18n, a feature's *-text.ts or *-messages.ts),
    // so a missing English text is a type error. Views hold no Chinese literal: Chinese data a view
    // compares against (约束性, 全省) is a named constant of src/data.
    files: ['src/features/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    ignores: ['**/*-text.ts', '**/*-messages.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/[\\u4e00-\\u9fff]/]',
          message: 'Chinese interface text belongs in a typed catalogue (*-text.ts or src/i18n).',
        },
        {
          selector: 'TemplateElement[value.raw=/[\\u4e00-\\u9fff]/]',
          message: 'Chinese interface text belongs in a typed catalogue (*-text.ts or src/i18n).',
        },
        {
          selector: 'JSXText[value=/[\\u4e00-\\u9fff]/]',
          message: 'Chinese interface text belongs in a typed catalogue (*-text.ts or src/i18n).',
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.ts', '*.config.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
