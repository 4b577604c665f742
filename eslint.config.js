import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layers import one way: data → domain → features → app; shared presentation in components. */
const layer = (files, forbidden, why) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ group: ['../*', ...forbidden], message: `Use "@/…" imports; ${why}` }] },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-sub-folder',
      'reports',
      'test-results',
      'playwright-report',
      'lighthouse',
      'bench-results',
      'node_modules',
      '.scratch',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  layer(['src/data/**'], ['@/domain/*', '@/features/*', '@/components/*', '@/app/*'], 'data imports no other layer.'),
  layer(['src/i18n/**'], ['@/domain/*', '@/features/*', '@/components/*', '@/app/*'], 'i18n sits beside data.'),
  layer(['src/domain/**'], ['@/features/*', '@/components/*', '@/app/*'], 'domain is pure: data and i18n only.'),
  layer(['src/components/**'], ['@/features/*', '@/app/*'], 'shared components know no feature.'),
  layer(['src/features/**'], ['@/features/*', '@/app/*'], 'a feature never imports another feature or the app.'),
  {
    // Playwright fixtures call a parameter named `use`; it is not React's hook.
    // Node scripts; the functions they pass to page.evaluate() run in the browser, hence both globals.
    files: ['scripts/**', 'e2e/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
