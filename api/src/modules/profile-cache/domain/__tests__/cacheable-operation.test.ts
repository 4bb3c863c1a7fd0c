import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isCacheableProfileOperation, responseCacheKey, sirensIn } from '../cacheable-operation.js';

function cacheable(source: string): boolean {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return isCacheableProfileOperation(document, operation);
}

describe('isCacheableProfileOperation', () => {
  it('accepts the public profile: company with score, stats and the first page of recommendations, fragments included', () => {
    expect(cacheable('query($s: String!) { company(siren: $s) { siren name score { value grade trend { direction } } stats { onTimeRate } recommendations(first: 3) { totalCount edges { node { creditor { siren name } message createdAt } } } } }')).toBe(true);
    expect(cacheable('query($s: String!) { company(siren: $s) { ...P } } fragment P on Company { siren city ... on Company { active } }')).toBe(true);
  });

  it('refuses mutations, other or several root fields, unwatched fields, later pages and field arguments', () => {
    expect(cacheable('mutation { company(siren: "1") { siren } }')).toBe(false);
    expect(cacheable('{ me { id } }')).toBe(false);
    expect(cacheable('{ a: company(siren: "1") { siren } b: company(siren: "2") { siren } }')).toBe(false);
    expect(cacheable('{ company(siren: "1") { siren scoreHistory { day } } }')).toBe(false);
    expect(cacheable('{ company(siren: "1") { siren publications { totalCount } } }')).toBe(false);
    expect(cacheable('{ company(siren: "1") { recommendations(first: 3, after: "x") { totalCount } } }')).toBe(false);
    expect(cacheable('{ company(siren: "1") { ...Missing } }')).toBe(false);
  });
});

describe('sirensIn and responseCacheKey', () => {
  it('collects every SIREN of a result, nested ones included', () => {
    const data = { company: { siren: '1', recommendations: { edges: [{ node: { creditor: { siren: '2', name: 'X' } } }] } } };
    expect([...sirensIn(data)].sort()).toEqual(['1', '2']);
  });

  it('keys by query, variables, operation name, extensions, Accept header and day', () => {
    const a = responseCacheKey({ query: 'q', variables: { s: '1' } }, undefined, '2026-11-24');
    expect(a).toBe(responseCacheKey({ query: 'q', variables: { s: '1' } }, undefined, '2026-11-24'));
    expect(a).not.toBe(responseCacheKey({ query: 'q', variables: { s: '2' } }, undefined, '2026-11-24'));
    expect(a).not.toBe(responseCacheKey({ query: 'q', variables: { s: '1' } }, undefined, '2026-11-25'));
    expect(a).not.toBe(responseCacheKey({ query: 'q', variables: { s: '1' } }, 'application/graphql-response+json', '2026-11-24'));
    expect(a).not.toBe(responseCacheKey({ query: 'q', variables: { s: '1' }, operationName: 'Q' }, undefined, '2026-11-24'));
    expect(a).not.toBe(responseCacheKey({ query: 'q', variables: { s: '1' }, extensions: { persistedQuery: {} } }, undefined, '2026-11-24'));
    // Apollo answers application/json to these alike.
    for (const accept of ['', '*/*', 'application/json']) expect(responseCacheKey({ query: 'q', variables: { s: '1' } }, accept, '2026-11-24')).toBe(a);
    // Parts cannot run into each other, whatever they hold.
    expect(responseCacheKey({ query: 'q', operationName: 'a:b' }, 'x', 'd')).not.toBe(responseCacheKey({ query: 'q', operationName: 'b' }, 'x:a', 'd'));
  });

  it('gives no key to a body Apollo would refuse or not execute as is', () => {
    for (const body of [null, 'q', [], { variables: {} }, { query: 1 }, { query: 'q', operationName: 3 }, { query: 'q', variables: '{}' }, { query: 'q', variables: [] }, { query: 'q', extensions: 'x' }]) {
      expect(responseCacheKey(body, undefined, '2026-11-24')).toBeNull();
    }
    // Null stands for absent, as Apollo reads it.
    expect(responseCacheKey({ query: 'q', variables: null, operationName: null }, undefined, 'd')).toBe(responseCacheKey({ query: 'q' }, undefined, 'd'));
  });
});
