// Flat config, typed lint (typescript-eslint projectService reads tsconfig.json), lit + wc rules.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as lit } from 'eslint-plugin-lit';
import { configs as wc } from 'eslint-plugin-wc';
import globals from 'globals';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-demo/',
      'storybook-static/',
      'coverage/',
      'custom-elements.json',
      'node_modules/',
      '.cache/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  // The React usage example has its own tsconfig (JSX, the package's names mapped to the sources).
  {
    files: ['test/types/**/*.tsx'],
    languageOptions: { parserOptions: { projectService: false, project: './tsconfig.types.json' } },
  },
  // Plain JS (configs, scripts, bin, test support plugins) is not in tsconfig: lint it untyped.
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], extends: [tseslint.configs.disableTypeChecked] },
  lit['flat/recommended'],
  wc['flat/recommended'],
  wc['flat/best-practice'],
  {
    languageOptions: { globals: globals.browser },
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      // LitElement implements connectedCallback/disconnectedCallback/attributeChangedCallback, so
      // `super.connectedCallback()` needs no guard in its subclasses (the library's only base class).
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: globals.mocha },
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off', // chai: expect(x).to.exist
      '@typescript-eslint/no-floating-promises': 'off', // @open-wc types: .to.equal() returns a Promise
    },
  },
  {
    files: ['scripts/**', 'bin/**', 'test/support/**/*.mjs', '**/*.config.*', 'src/framework/cli.ts'],
    languageOptions: { globals: globals.node },
  },
);
