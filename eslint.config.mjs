// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'var/',
      'coverage/',
      '.test-results/',
      'test/graphql/generated.ts',
      'migrations/',
      'console/dist/',
      'console/src/gql/',
      'console/src/screens/*/gql/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
        __filename: 'readonly',
        require: 'readonly',
        module: 'writable',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
      },
    },
    // No consistent-type-imports: with emitDecoratorMetadata a class used only as a decorated
    // parameter's type is still needed at run time, and the rule cannot see that.
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  // Dependencies point down (docs/architecture.md): core knows no module and no composition; a
  // module never imports the composition that lists it. The cycle check (`npm run deps:check`)
  // covers the rest, including modules importing each other both ways.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/modules', '**/modules/**', '**/app/**', '**/api/**', '**/worker/**'],
              message: 'src/core no importa módulos ni la composición: declare un puerto en core y que el módulo lo implemente.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Relative paths only: a package's own subpath (@bull-board/api/…) is not the composition.
              group: ['**/app/**', '**/api/**', '**/worker/**', '**/system', '**/cli', '!@*/**'],
              message: 'un módulo no importa la composición (src/app, src/api, src/worker): declárelo en su index.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
