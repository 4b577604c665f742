import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layers import one way: data → domain → state → components → features → app (i18n sits beside data).
 * Each folder under src/ names the layers it may not import; relative imports may not leave their folder.
 * state/ (the view held in the URL) is built from data and domain types and read by the UI, so it sits
 * between domain and the components.
 */
const TESTS = '*.test.{ts,tsx}';
const layer = (folders, forbidden, why) => {
  const rule = (group) => ({
    'no-restricted-imports': [
      'error',
      { patterns: [{ group: ['../*', ...group], message: `Use "@/…" imports; ${why}` }] },
    ],
  });
  return [
    // Shipped code may not import the test helpers in src/test; the folder's tests may.
    { files: folders, ignores: [`**/${TESTS}`], rules: rule([...forbidden, '@/test/*']) },
    { files: folders.filter((f) => f.endsWith('/**')).map((f) => `${f}/${TESTS}`), rules: rule(forbidden) },
  ];
};
const above = {
  domain: ['@/domain/*', '@/state/*', '@/components/*', '@/features/*', '@/app/*'],
  state: ['@/state/*', '@/components/*', '@/features/*', '@/app/*'],
  components: ['@/components/*', '@/features/*', '@/app/*'],
  features: ['@/features/*', '@/app/*'],
};

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
  ...layer(['src/data/**'], [...above.domain, '@/i18n/*'], 'data imports no other layer.'),
  ...layer(['src/i18n/**'], above.domain, 'i18n sits beside data.'),
  ...layer(['src/domain/**'], above.state, 'domain is pure: data and i18n only.'),
  ...layer(['src/state/**'], above.components, 'the view state knows data and domain only.'),
  ...layer(['src/components/**'], above.features, 'shared components know no feature.'),
  ...layer(['src/features/**'], ['@/features/*', '@/app/*'], 'a feature never imports another feature or the app.'),
  ...layer(['src/app/**', 'src/main.tsx'], [], 'the app is the top layer.'),
  ...layer(['src/test/**'], above.components, 'test helpers build data, not UI.'),
  {
    // The UI takes only types from the schemas: zod and the schema objects stay in data/ (and the worker),
    // off the first route. `import type` is allowed; a value import is an error.
    files: ['src/{components,features,app,state}/**/*.{ts,tsx}', 'src/main.tsx'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/data/schema/*'],
              allowTypeImports: true,
              message: 'UI imports only types from the schemas (`import type`); parsing belongs to src/data.',
            },
            { group: ['zod', 'zod/*'], message: 'zod stays in src/data, off the first route.' },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures call a parameter named `use`; it is not React's hook.
    // Node scripts; the functions they pass to page.evaluate() run in the browser, hence both globals.
    files: ['scripts/**', 'e2e/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
