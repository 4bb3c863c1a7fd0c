// @vitest-environment node
import { generate } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../codegen';

const WEB_ROOT = join(import.meta.dirname, '../..');

describe('the committed GraphQL types of the web app', () => {
  let previousCwd: string;
  beforeAll(() => {
    // The codegen config's paths are relative to web/, as when `npm run codegen -w web` runs it.
    previousCwd = process.cwd();
    process.chdir(WEB_ROOT);
  });
  afterAll(() => process.chdir(previousCwd));

  it('match what the schema and the documents generate (run `npm run codegen -w web` to refresh them)', async () => {
    const outputs = await generate({ ...config, silent: true, errorsOnly: true }, false);

    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      expect(readFileSync(join(WEB_ROOT, output.filename), 'utf8'), `${output.filename} is stale`).toBe(output.content);
    }
  }, 60_000);
});
