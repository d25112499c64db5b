// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'client/api.d.ts', 'eslint.config.mjs', 'jest.config.js', 'jest.reliability.config.js'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: ['../../*'],
          paths: [
            {
              name: '@nestjs/common',
              importNames: ['Post', 'Put', 'Patch', 'Delete'],
              message: 'Use src/common/decorators/mutations: it adds the Idempotency-Key interceptor.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', '**/*.spec.ts', 'bench/**/*.ts'],
    rules: {
      // src/ code imports through the `src/` alias; tests and benchmarks share helpers by path.
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  // The phone app: Vue's correctness rules and TypeScript's, without type information (vue-tsc
  // type-checks it: npm run web:check).
  ...pluginVue.configs['flat/essential'].map((c) => ({ ...c, files: ['web/**/*.{ts,vue}'] })),
  {
    files: ['web/**/*.{ts,vue}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], projectService: false },
    },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      'vue/multi-word-component-names': 'off',
      // TypeScript knows the browser's globals; ESLint's no-undef does not.
      'no-undef': 'off',
      'no-restricted-imports': 'off',
    },
  },
);
