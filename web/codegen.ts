import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL operations from the API's committed schema. Every document lives in
 * `src/features/<feature>/graphql/` (one operation per file, named after it) and is written with
 * the generated `graphql()` function, which returns a TypedDocumentNode: Apollo then knows the
 * result and variables types. `npm run codegen -w web` rewrites `src/gql/`; a test fails while the
 * committed output is stale.
 */
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      // Plain objects, no fragment masking: components read what their query selected.
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        strictScalars: true,
      },
    },
  },
};

export default config;
