// What support/global-setup.ts provides to the integration project's test files (read with
// `inject`). A declaration of its own, so each tsconfig that checks a reader includes it
// (test/tsconfig.json by its glob, test/browser/tsconfig.json by name).
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    runId: string;
    /** A migrated database nobody connects to, copied by createPrivateDatabase (test/support/private-database.ts); not provided to the fault tests. */
    templateDatabase: string;
  }
}
