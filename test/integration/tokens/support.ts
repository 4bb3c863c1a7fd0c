import Stripe from 'stripe';
import { DataSource } from 'typeorm';
import type { TestApi } from '../../support/boot-api.js';
import { TEST_PASSWORD } from '../../support/factories/accounts.js';
import type { GraphQLClient } from '../../support/graphql-client.js';
import { uniqueEmail } from '../../support/unique.js';

export const WEBHOOK_SECRET = 'whsec_test_bonpayeur_tokens';

export const WALLET = `query Wallet($filter: TokenLedgerFilter, $first: Int, $after: String) {
  wallet(filter: $filter, first: $first, after: $after) {
    companySiren balance
    ledger { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id reason reference delta balanceAfter note createdAt } } }
  }
}`;
export const BUY_TOKEN_PACK = `mutation Buy($input: BuyTokenPackInput!) {
  buyTokenPack(input: $input) { purchaseId checkoutUrl provider developmentMode status }
}`;
export const RECEIPTS = `query Receipts($first: Int, $after: String) {
  receipts(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { number purchaseId packId packName tokens amountExclVatCents vatRateBps vatCents totalCents currency paidAt provider } }
  }
}`;
export const TOKEN_PACKS = `query Packs($includeInactive: Boolean) {
  tokenPacks(includeInactive: $includeInactive) { id name tokens priceCents vatRateBps vatCents totalCents unitPriceCents active position }
}`;
export const ADJUST_WALLET = `mutation Adjust($input: AdjustWalletInput!) { adjustWallet(input: $input) { siren reference applied balance } }`;
export const UPSERT_TOKEN_PACK = `mutation Upsert($input: UpsertTokenPackInput!) {
  upsertTokenPack(input: $input) { id name tokens priceCents vatCents totalCents active }
}`;

export interface LedgerNode {
  id: string;
  reason: string;
  reference: string;
  delta: number;
  balanceAfter: number;
  note: string | null;
  createdAt: string;
}

export interface WalletResult {
  companySiren: string;
  balance: number;
  ledger: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: LedgerNode }[] };
}

export async function readWallet(client: GraphQLClient, variables: Record<string, unknown> = {}): Promise<WalletResult> {
  return (await client.ok<{ wallet: WalletResult }>(WALLET, variables)).wallet;
}

/** The cached balance and the ledger's sum, straight from PostgreSQL. */
export async function books(api: TestApi, siren: string): Promise<{ balance: number | null; ledgerSum: number; entries: number }> {
  const db = api.app.get(DataSource);
  const [wallet] = (await db.query(`SELECT balance FROM token_wallets WHERE company_siren = $1`, [siren])) as { balance: number }[];
  const [{ sum, entries }] = (await db.query(
    `SELECT COALESCE(sum(delta), 0)::int AS sum, count(*)::int AS entries FROM token_ledger_entries WHERE company_siren = $1`,
    [siren],
  )) as [{ sum: number; entries: number }];
  return { balance: wallet?.balance ?? null, ledgerSum: sum, entries };
}

export async function makePlatformAdmin(api: TestApi, userId: string): Promise<void> {
  await api.app.get(DataSource).query(`UPDATE users SET platform_roles = '{ADMIN}' WHERE id = $1`, [userId]);
}

/** Signs someone up through an invitation of `owner` with the given role; returns its client. */
export async function inviteMember(api: TestApi, owner: GraphQLClient, role: 'OWNER' | 'ACCOUNTING' | 'SALES' | 'SUPPORT'): Promise<GraphQLClient> {
  const email = uniqueEmail('member');
  const invitation = await owner.ok<{ inviteMember: { token: string } }>(
    `mutation Invite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
    { input: { email, role } },
  );
  const client = api.client();
  await client.ok(`mutation SignUp($input: SignUpInput!) { signUp(input: $input) { id } }`, {
    input: { email, password: TEST_PASSWORD, fullName: 'Membre Invité', invitationToken: invitation.inviteMember.token },
  });
  return client;
}

/** A `checkout.session.*` event as Stripe would send it, and its valid signature. */
export function signedCheckoutEvent(
  session: { id: string; purchaseId: string; amountTotal: number; paymentStatus?: 'paid' | 'unpaid'; currency?: string },
  options: { type?: string; secret?: string; eventId?: string } = {},
): { payload: string; signature: string } {
  const payload = JSON.stringify({
    id: options.eventId ?? `evt_test_${Math.random().toString(36).slice(2)}`,
    object: 'event',
    api_version: '2026-10-28.endive',
    created: Math.floor(Date.now() / 1000),
    type: options.type ?? 'checkout.session.completed',
    livemode: false,
    pending_webhooks: 1,
    data: {
      object: {
        id: session.id,
        object: 'checkout.session',
        mode: 'payment',
        status: 'complete',
        payment_status: session.paymentStatus ?? 'paid',
        amount_total: session.amountTotal,
        currency: session.currency ?? 'eur',
        client_reference_id: session.purchaseId,
        metadata: { purchase_id: session.purchaseId },
      },
    },
  });
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? WEBHOOK_SECRET });
  return { payload, signature };
}

export async function deliverWebhook(api: TestApi, payload: string, signature: string | null): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${api.url}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
    body: payload,
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, body };
}
