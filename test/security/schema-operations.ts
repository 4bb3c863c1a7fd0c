/**
 * The operations of the API, read from its schema (api/schema.gql, kept fresh by a test), so the
 * security suite covers every mutation and query that exists today and any added tomorrow.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLScalarType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

const SCHEMA_FILE = fileURLToPath(new URL('../../api/schema.gql', import.meta.url));

export function loadSchema(): GraphQLSchema {
  return buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
}

export interface Operation {
  kind: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
}

export function operationsOf(schema: GraphQLSchema): Operation[] {
  const of = (kind: Operation['kind'], type: GraphQLObjectType | null | undefined): Operation[] =>
    type ? Object.values(type.getFields()).map((field) => ({ kind, name: field.name, field })) : [];
  return [...of('query', schema.getQueryType()), ...of('mutation', schema.getMutationType())];
}

/** `__typename` is enough to run an operation whatever its return type. */
export function documentFor(operation: Operation, argumentTypes = true): string {
  const args = operation.field.args;
  const variables = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `${operation.kind} Op${argumentTypes && variables ? `(${variables})` : ''} { result: ${operation.name}${passed ? `(${passed})` : ''} { __typename } }`
    .replace('{ __typename } }', isLeaf(operation) ? '}' : '{ __typename } }');
}

function isLeaf(operation: Operation): boolean {
  const named = getNamedType(operation.field.type);
  return named instanceof GraphQLScalarType || named instanceof GraphQLEnumType;
}

/** Walks an input type: what the fuzzer and the matrix build values from. */
export function describeInput(type: GraphQLInputType): { nonNull: boolean; list: boolean; named: GraphQLInputType } {
  const nonNull = isNonNullType(type);
  const inner = nonNull ? type.ofType : type;
  return { nonNull, list: isListType(inner), named: getNamedType(type) as GraphQLInputType };
}

export { GraphQLEnumType, GraphQLInputObjectType, GraphQLScalarType };
