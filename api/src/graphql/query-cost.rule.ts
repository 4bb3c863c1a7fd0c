import { ASTVisitor, FieldNode, FragmentDefinitionNode, GraphQLError, Kind, SelectionSetNode, ValidationContext } from 'graphql';
import { MAX_PAGE_SIZE } from '../common/pagination.js';

/**
 * The work a document may ask for, estimated before anything runs: every field costs 1, and a
 * field taking `first` multiplies what is under it by that page size (the maximum page size when
 * it comes from a variable, whose value validation does not see). Introspection is free.
 * Aliases are capped on their own: the same field asked a hundred times under a hundred names is
 * how a cheap-looking request hammers one resolver.
 */
export const MAX_QUERY_COST = 10_000;
export const MAX_ALIASES = 20;

export function queryCost(selectionSet: SelectionSetNode | undefined, fragments: ReadonlyMap<string, FragmentDefinitionNode>, seen: ReadonlySet<string> = new Set()): number {
  if (!selectionSet) return 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      cost += 1 + multiplier(selection) * queryCost(selection.selectionSet, fragments, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      cost += queryCost(selection.selectionSet, fragments, seen);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && !seen.has(fragment.name.value)) cost += queryCost(fragment.selectionSet, fragments, new Set(seen).add(fragment.name.value));
    }
  }
  return cost;
}

function multiplier(field: FieldNode): number {
  const first = field.arguments?.find((argument) => argument.name.value === 'first');
  if (!first) return 1;
  if (first.value.kind === Kind.INT) return Math.max(1, Math.min(Number(first.value.value), MAX_PAGE_SIZE));
  return MAX_PAGE_SIZE;
}

export function countAliases(selectionSet: SelectionSetNode | undefined, fragments: ReadonlyMap<string, FragmentDefinitionNode>, seen: ReadonlySet<string> = new Set()): number {
  if (!selectionSet) return 0;
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += (selection.alias ? 1 : 0) + countAliases(selection.selectionSet, fragments, seen);
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += countAliases(selection.selectionSet, fragments, seen);
    else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && !seen.has(fragment.name.value)) count += countAliases(fragment.selectionSet, fragments, new Set(seen).add(fragment.name.value));
    }
  }
  return count;
}

export function queryCostRule(maxCost = MAX_QUERY_COST, maxAliases = MAX_ALIASES) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(node) {
        const aliases = countAliases(node.selectionSet, fragments);
        if (aliases > maxAliases) {
          context.reportError(
            new GraphQLError(`La requête utilise trop d'alias (${aliases}, maximum ${maxAliases}).`, {
              nodes: [node],
              extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ALIASES' },
            }),
          );
        }
        const cost = queryCost(node.selectionSet, fragments);
        if (cost > maxCost) {
          context.reportError(
            new GraphQLError(`La requête demande trop de données à la fois (coût ${cost}, maximum ${maxCost}) : demandez moins d'éléments par page.`, {
              nodes: [node],
              extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' },
            }),
          );
        }
      },
    };
  };
}
