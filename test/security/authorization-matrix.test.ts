import { GraphQLEnumType, GraphQLInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestApi, type TestApi } from '../support/boot-api.js';
import { signUpCreditor, type SignedUpCreditor } from '../support/factories/accounts.js';
import { CLAIM_COMPANY, verifyCompany } from '../support/factories/company-claims.js';
import { createInvoice } from '../support/factories/invoices.js';
import { signUpPlatformUser } from '../support/factories/platform-users.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { AUTHORIZATION_RULES, ROLES, expectedFor, type Outcome, type Role } from './authorization-rules.js';
import { documentFor, loadSchema, operationsOf, type Operation } from './schema-operations.js';

/*
 * Every mutation and every query of the schema (read from api/schema.gql, so a new operation is
 * covered the day it appears) × six kinds of caller → allowed, or refused with the exact code the
 * rule table (authorization-rules.ts) gives. An operation without a rule fails with a message
 * saying where to add one.
 *
 * Inputs are the smallest values of the right types (ids that exist nowhere): what is checked is
 * who gets past the door. "Allowed" means the answer is not an authorization refusal
 * (UNAUTHENTICATED / FORBIDDEN): the operation may then succeed or say NOT_FOUND, BAD_USER_INPUT…
 * Which rows a caller may touch once inside (another creditor's invoice) is tested per feature
 * (e.g. test/integration/invoices/isolation.test.ts).
 */

const AUTH_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);
/** Ends the caller's session: run after everything else. */
const LAST = new Set(['logOut', 'deleteMyAccount']);

function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [];
  if (type instanceof GraphQLEnumType) return type.getValues()[0]?.name;
  if (type instanceof GraphQLInputObjectType) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, placeholder(f.type)]));
  }
  switch (type.name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    case 'DateTime':
      return '2026-01-01T00:00:00.000Z';
    default:
      return 'x';
  }
}

let api: TestApi;
const callers = new Map<Role, GraphQLClient>();

beforeAll(async () => {
  api = await bootTestApi();
  const otherCreditor = await signUpCreditor(api);
  await verifyCompany(api, otherCreditor);
  // A verified member of a company that other creditors invoice.
  const debtorMember = await signUpCreditor(api);
  await verifyCompany(api, debtorMember);
  const someCreditor = await signUpCreditor(api);
  await createInvoice(someCreditor.client, { debtorSiren: debtorMember.siren });
  const claimant: SignedUpCreditor = await signUpCreditor(api);
  await claimant.client.ok(CLAIM_COMPANY, { input: { siren: claimant.siren, method: 'MODERATOR_REVIEW', note: 'En attente.' } });
  callers.set('anonymous', api.client());
  callers.set('creditorOfAnotherCompany', otherCreditor.client);
  callers.set('debtorMember', debtorMember.client);
  callers.set('unverifiedClaimant', claimant.client);
  callers.set('moderator', (await signUpPlatformUser(api, 'MODERATOR')).client);
  callers.set('admin', (await signUpPlatformUser(api, 'ADMIN')).client);
}, 120_000);

afterAll(async () => {
  await api?.close();
});

async function outcomeOf(client: GraphQLClient, operation: Operation): Promise<Outcome> {
  const variables = Object.fromEntries(operation.field.args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, placeholder(a.type)]));
  const result = await client.request(documentFor(operation), variables);
  const codes = (result.errors ?? []).map((e) => e.extensions?.code ?? 'NONE');
  if (result.status >= 500) return `HTTP_${result.status}` as Outcome;
  const auth = codes.find((code) => AUTH_CODES.has(code));
  return (auth ?? 'ALLOWED') as Outcome;
}

describe('authorization matrix', () => {
  const operations = operationsOf(loadSchema()).sort((a, b) => Number(LAST.has(a.name)) - Number(LAST.has(b.name)) || a.name.localeCompare(b.name));

  it('has a rule for every mutation and query of the schema', () => {
    const missing = operations.filter((o) => !(o.name in AUTHORIZATION_RULES)).map((o) => `${o.kind} ${o.name}`);
    expect(missing, `No authorization rule for: ${missing.join(', ')}. Add each to test/security/authorization-rules.ts (who may call it).`).toEqual([]);
    const stale = Object.keys(AUTHORIZATION_RULES).filter((name) => !operations.some((o) => o.name === name));
    expect(stale, `Rules for operations the schema no longer has: ${stale.join(', ')}`).toEqual([]);
  });

  it('lets each caller in, or refuses it with the exact code, for every operation', async () => {
    const actual: Record<string, Record<Role, Outcome>> = {};
    const wrong: string[] = [];
    for (const operation of operations) {
      const rule = AUTHORIZATION_RULES[operation.name];
      actual[operation.name] = {} as Record<Role, Outcome>;
      for (const role of ROLES) {
        const got = await outcomeOf(callers.get(role)!, operation);
        actual[operation.name]![role] = got;
        if (rule && got !== expectedFor(rule, role)) wrong.push(`${operation.kind} ${operation.name} as ${role}: expected ${expectedFor(rule, role)}, got ${got}`);
      }
    }
    if (process.env.MATRIX_PRINT) console.log(JSON.stringify(actual, null, 1));
    expect(wrong).toEqual([]);
  }, 300_000);
});
