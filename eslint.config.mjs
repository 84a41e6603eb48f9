// ESLint (flat config): the rules the house keeps that the compiler does not check. Formatting is
// Prettier's (.prettierrc.json); eslint-config-prettier turns off every rule that would fight it.
// `npm run lint` fails on any warning (--max-warnings 0).
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'sdk/dist/**', 'sdk/node_modules/**', 'sdk/src/generated/**', 'sdk/examples/**', '.data/**'] },
  {
    files: ['**/*.ts', '**/*.mts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        // Decorated classes read their parameter and property types at run time (TypeGraphQL,
        // MikroORM): imports used there are values, not type-only imports.
        emitDecoratorMetadata: true,
        experimentalDecorators: true,
      },
    },
    plugins: { '@typescript-eslint': tseslint.plugin, 'simple-import-sort': simpleImportSort },
    rules: {
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  prettier,
);
