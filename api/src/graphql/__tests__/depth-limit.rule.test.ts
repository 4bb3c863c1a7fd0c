import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { depthLimitRule } from '../depth-limit.rule.js';

const schema = buildSchema(`
  type Node { name: String, child: Node }
  type Query { node: Node }
`);

function errorsFor(query: string, maxDepth = 3): string[] {
  return validate(schema, parse(query), [...specifiedRules, depthLimitRule(maxDepth)]).map((error) => error.message);
}

describe('depthLimitRule', () => {
  it('accepts a document at the limit', () => {
    expect(errorsFor('{ node { child { name } } }')).toEqual([]);
  });

  it('refuses a document one level past the limit', () => {
    expect(errorsFor('{ node { child { child { name } } } }')).toEqual([
      'La requête est trop profonde (4 niveaux, maximum 3).',
    ]);
  });

  it('follows fragments, including nested ones', () => {
    const query = `
      { node { ...A } }
      fragment A on Node { child { ...B } }
      fragment B on Node { child { name } }`;
    expect(errorsFor(query)).toHaveLength(1);
  });

  it('ignores introspection fields', () => {
    expect(errorsFor('{ __schema { types { fields { type { name } } } } }', 2)).toEqual([]);
  });
});
