import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * The fields a whole response may be cached for: the public profile of one company and what the
 * profile-change triggers watch (companies, company_scores, invoices for the statistics,
 * recommendations). Anything else under `company` (history, publications, …) is read by other
 * tables whose changes are not signalled, so an operation naming it is executed every time.
 */
const PROFILE_FIELDS = new Set([
  '__typename', 'siren', 'name', 'legalForm', 'activityCode', 'city', 'active', 'createdOn',
  'score', 'value', 'grade', 'confidence', 'enoughData', 'trend', 'direction', 'delta',
  'stats', 'invoicesReported', 'onTimeRate', 'averageDaysLate',
  'recommendations', 'totalCount', 'edges', 'cursor', 'node', 'creditor', 'message', 'createdAt', 'pageInfo', 'hasNextPage', 'endCursor',
]);

/** Whether this operation's whole response can be cached: a query whose only root field is `company`, reading profile fields only. */
export function isCacheableProfileOperation(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const roots = operation.selectionSet.selections;
  if (roots.length !== 1) return false;
  const root = roots[0]!;
  if (root.kind !== Kind.FIELD || root.name.value !== 'company' || root.directives?.length) return false;
  const visited = new Set<string>();
  const fieldsOnly = (set: SelectionSetNode | undefined): boolean => {
    if (!set) return true;
    for (const selection of set.selections) {
      // Directives (@include/@skip with variables) are allowed: variables are part of the cache key.
      if (selection.kind === Kind.FIELD) {
        if (!PROFILE_FIELDS.has(selection.name.value) || !fieldsOnly(selection.selectionSet)) return false;
        // Arguments other than on `recommendations` (page size) would change what is read.
        if (selection.arguments?.length && selection.name.value !== 'recommendations') return false;
        if (selection.name.value === 'recommendations' && selection.arguments?.some((a) => a.name.value === 'after')) return false;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!fieldsOnly(selection.selectionSet)) return false;
      } else {
        const name = selection.name.value;
        if (visited.has(name)) continue;
        visited.add(name);
        const fragment = fragments.get(name);
        if (!fragment || !fieldsOnly(fragment.selectionSet)) return false;
      }
    }
    return true;
  };
  return fieldsOnly(root.selectionSet);
}

/** Every SIREN that appears in a result: the companies whose change must evict it. */
export function sirensIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const item of value) sirensIn(item, into);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'siren' && typeof inner === 'string') into.add(inner);
      else sirensIn(inner, into);
    }
  }
  return into;
}

/** Every response key starts with it (the other keys of the cache are per-SIREN pieces). */
export const RESPONSE_KEY_PREFIX = 'response:';

/** What Apollo reads from a POST body (other keys are ignored by it, so by the key too). */
export interface GraphQLPostBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
  extensions?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The cache key of a GraphQL POST: its exact text, variables, operation name and extensions, the
 * `Accept` header (Apollo chooses the response's content type from it) and the day (statistics age
 * daily). Null when the body is not one Apollo would execute as is (no query, or a field of the
 * wrong type, which Apollo answers with an error): such a request is never answered from the cache.
 */
export function responseCacheKey(body: unknown, accept: string | undefined, day: string): string | null {
  if (!isRecord(body)) return null;
  const { query, variables, operationName, extensions } = body as GraphQLPostBody;
  if (typeof query !== 'string') return null;
  if (operationName != null && typeof operationName !== 'string') return null;
  if (variables != null && !isRecord(variables)) return null;
  if (extensions != null && !isRecord(extensions)) return null;
  // A JSON array delimits every part, whatever characters they hold; the query text comes last.
  return `${RESPONSE_KEY_PREFIX}${JSON.stringify([day, acceptPart(accept), operationName ?? null, variables ?? null, extensions ?? null])}${query}`;
}

/**
 * The Accept header as part of the key. Apollo answers `application/json` to a request without
 * one, or with `*\/*` or `application/json` (negotiated in that order of preference): those share
 * their answers. Any other value is its own key (Apollo negotiates it; it is not guessed here).
 */
function acceptPart(accept: string | undefined): string | null {
  return accept === undefined || accept === '' || accept === '*/*' || accept === 'application/json' ? null : accept;
}
