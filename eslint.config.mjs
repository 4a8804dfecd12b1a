import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      'custom-elements.json',
      'bench/build/',
      'bench/screens/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'tests/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', '.storybook/*.ts'],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
      ...litA11y.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Defining happens in define.ts modules through a guard that tolerates a second copy.
      'wc/guard-define-call': 'off',
      'wc/tag-name-matches-class': 'off',
    },
  },
  {
    files: [
      'tests/fixtures/**/*.js',
      'demo/**/*.js',
      'bench/lib/**/*.js',
      'bench/variants/**/*.js',
      'wordpress/**/*.js',
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.mjs', 'scripts/**/*.js', '.storybook/main.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Node drives the browser: what `page.evaluate` runs is browser code.
    files: ['tests/wordpress/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
