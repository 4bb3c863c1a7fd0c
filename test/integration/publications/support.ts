import { FixedClock } from '../../../api/src/common/clock.js';
import type { TestApi } from '../../support/boot-api.js';
import { SignedUpCreditor } from '../../support/factories/accounts.js';
import { verifyCompany } from '../../support/factories/company-claims.js';
import { createInvoice, TestInvoice } from '../../support/factories/invoices.js';
import { uniqueEmail } from '../../support/unique.js';
import { advanceTo, APPLY_SCENARIO, APPROVE_MESSAGE, creditorWithInvoice, Pipeline } from '../reminders/support.js';

export const REQUEST_PUBLICATION = `mutation Request($input: RequestPublicationInput!) { requestPublication(input: $input) {
  id status invoiceNumber amountCents answerUntil approvalsRequired ultimatumDeadline evidence { id filename sizeBytes downloadPath }
  timeline { tone status sentAt body } creditor { siren } debtor { siren } } }`;
export const DECIDE_PUBLICATION = `mutation Decide($input: DecidePublicationInput!) { decidePublication(input: $input) {
  id status approvalsRequired approvalsGiven decisionReason firstApprovalBy readyForDecision disputeOpen creditorReliability { requested published overturned weight needsSecondModerator } } }`;
export const PUBLICATION_QUEUE = `query Queue { publicationQueue(first: 100) { edges { node { id status statement readyForDecision disputeOpen
  reply { text } evidence { id sha256 } timeline { tone status } creditorReliability { requested overturned weight needsSecondModerator } } } } }`;
export const REPLY = `mutation Reply($input: ReplyToPublicationInput!) { replyToPublication(input: $input) { id reply { text } } }`;
export const WAIVE = `mutation Waive($input: WaivePublicationAnswerPeriodInput!) { waivePublicationAnswerPeriod(input: $input) { id debtorWaivedAnswerPeriod } }`;
export const WITHDRAW_PUBLICATION = `mutation Withdraw($input: WithdrawPublicationInput!) { withdrawPublication(input: $input) { id status endReason } }`;
export const PUBLIC_PUBLICATIONS = `query Pub($siren: String!) { company(siren: $siren) { publications { id status amountCents dueDate daysUnpaid settledAt
  creditor { siren name } reply { text } } } }`;

export interface PublicPublication {
  id: string;
  status: string;
  amountCents: number;
  dueDate: string;
  daysUnpaid: number;
  settledAt: string | null;
  creditor: { siren: string; name: string };
  reply: { text: string } | null;
}

/** A minimal but well-formed PDF. */
export function pdfBytes(text = 'Facture'): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
}

/** POST /publications/evidence as the browser would (multipart, session cookie). */
export async function uploadEvidence(api: TestApi, member: SignedUpCreditor, bytes: Buffer, filename = 'facture.pdf', type = 'application/pdf'): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename);
  const response = await fetch(`${api.url}/publications/evidence`, { method: 'POST', headers: { cookie: `bp_session=${member.client.cookie('bp_session')}` }, body: form });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export async function evidenceId(api: TestApi, member: SignedUpCreditor): Promise<string> {
  const { status, body } = await uploadEvidence(api, member, pdfBytes());
  if (status !== 201) throw new Error(`evidence upload answered ${status}: ${JSON.stringify(body)}`);
  return body.id as string;
}

/**
 * A verified creditor whose invoice (due 2026-03-03) went through the classic scenario: the
 * ULTIMATUM was approved and sent on 2026-04-02 (deadline 2026-04-10). The clock is left then.
 */
export async function invoiceAfterUltimatum(pipeline: Pipeline, clock: FixedClock, existing?: SignedUpCreditor): Promise<{ creditor: SignedUpCreditor; invoice: TestInvoice; email: string }> {
  clock.set(new Date('2026-02-20T09:00:00Z'));
  let creditor: SignedUpCreditor;
  let invoice: TestInvoice;
  let email: string;
  if (existing) {
    creditor = existing;
    email = uniqueEmail('debtor');
    invoice = await createInvoice(creditor.client, { issueDate: '2026-02-01', dueDate: '2026-03-03', amountCents: 123_456, contact: { name: 'Service comptable', email, phone: `07${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}` } });
  } else {
    ({ creditor, invoice, email } = (await creditorWithInvoice(pipeline.api)) as { creditor: SignedUpCreditor; invoice: TestInvoice; email: string });
    await verifyCompany(pipeline.api, creditor);
  }
  const { applyScenario } = await creditor.client.ok<{ applyScenario: { messages: { id: string; tone: string }[] } }>(APPLY_SCENARIO, {
    input: { invoiceId: invoice.id, scenarioId: 'builtin-classic' },
  });
  const ultimatum = applyScenario.messages.find((m) => m.tone === 'ULTIMATUM')!;
  await creditor.client.ok(APPROVE_MESSAGE, { input: { messageId: ultimatum.id } });
  await advanceTo(pipeline, '2026-04-02T12:00:00Z');
  return { creditor, invoice, email };
}
