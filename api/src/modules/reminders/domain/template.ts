import { addDays, daysBetween } from '../../invoices/domain/calendar-date.js';
import { formatEuros, formatFrenchDate } from './french-format.js';
import { FIXED_INDEMNITY_CENTS, latePenaltiesCents } from './late-penalties.js';

/**
 * Template variables ({{name}}). The catalogue is closed: a name outside it is refused when the
 * scenario is saved, so nothing renders blank at send time. {{currentScore}} and {{scoreGain}} come
 * from the score engine at render time (the debtor's score on the send date if still unpaid, and
 * what paying that day earns against not paying); {{paymentLink}} is the signed debtor page.
 */
export const TEMPLATE_VARIABLES = [
  'clientName',
  'creditorName',
  'invoiceNumber',
  'amount',
  'dueDate',
  'daysLate',
  'latePenalties',
  'fixedIndemnity',
  'paymentLink',
  'legalFooter',
  'deadlineDate',
  'currentScore',
  'scoreGain',
] as const;

export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

/** Only an ULTIMATUM has a deadline. */
export const ULTIMATUM_ONLY_VARIABLES: readonly TemplateVariable[] = ['deadlineDate'];

const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Every variable name a template mentions, in order, duplicates kept. */
export function templateVariables(template: string): string[] {
  return [...template.matchAll(VARIABLE)].map((match) => match[1]!);
}

/** What a message is rendered from; `sendDate` is the Paris calendar date it leaves on. */
export interface RenderContext {
  clientName: string;
  creditorName: string;
  invoiceNumber: string;
  amountCents: number;
  currency: string;
  dueDate: string;
  sendDate: string;
  paymentLink: string;
  deadlineDays: number | null;
  /** The debtor's score (0–100) on the send date if the invoice is still unpaid then. */
  currentScore: number;
  /** Points paying on the send date earns against not paying (never negative). */
  scoreGain: number;
}

const oneDecimal = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function legalFooter(creditorName: string): string {
  return (
    `Conformément à l'article L441-10 du Code de commerce, tout retard de paiement entraîne des pénalités ` +
    `au taux de la BCE majoré de 10 points et une indemnité forfaitaire de 40 € pour frais de recouvrement. ` +
    `Message envoyé via Bonpayeur pour le compte de ${creditorName}.`
  );
}

/** Each variable's value; rendering computes only those the template mentions (the sender renders every message it sends). */
const VALUES: Record<TemplateVariable, (context: RenderContext) => string> = {
  clientName: (context) => context.clientName,
  creditorName: (context) => context.creditorName,
  invoiceNumber: (context) => context.invoiceNumber,
  amount: (context) => formatEuros(context.amountCents, context.currency),
  dueDate: (context) => formatFrenchDate(context.dueDate),
  daysLate: (context) => String(Math.max(0, daysBetween(context.dueDate, context.sendDate))),
  latePenalties: (context) => formatEuros(latePenaltiesCents(context.amountCents, context.dueDate, context.sendDate)),
  fixedIndemnity: () => formatEuros(FIXED_INDEMNITY_CENTS),
  paymentLink: (context) => context.paymentLink,
  legalFooter: (context) => legalFooter(context.creditorName),
  deadlineDate: (context) => formatFrenchDate(addDays(context.sendDate, context.deadlineDays ?? 0)),
  currentScore: (context) => oneDecimal.format(context.currentScore),
  scoreGain: (context) => oneDecimal.format(Math.max(0, context.scoreGain)),
};

const NAMES: ReadonlySet<string> = new Set(TEMPLATE_VARIABLES);

export function isTemplateVariable(name: string): name is TemplateVariable {
  return NAMES.has(name);
}

/** Replaces every variable; templates were validated at save time, so every name is known. */
export function renderTemplate(template: string, context: RenderContext): string {
  return template.replace(VARIABLE, (whole, name: string) => (isTemplateVariable(name) ? VALUES[name](context) : whole));
}

/**
 * The context SMS lengths are checked against at save time: long but plausible values, so a body
 * accepted here stays within its segments for nearly every real invoice.
 */
export const SAMPLE_CONTEXT: RenderContext = {
  clientName: 'Établissements Durand et Fils SAS',
  creditorName: 'Menuiserie Martin SARL',
  invoiceNumber: 'FAC-2026-000123',
  amountCents: 12_345_678,
  currency: 'EUR',
  dueDate: '2026-03-03',
  sendDate: '2026-04-02',
  // As long as a real signed link (debtor-link/domain/link-token.ts: 43 characters) under a typical domain.
  paymentLink: 'https://app.bonpayeur.fr/r/P2uMHppNTn-LIQxdbn-KmxAAAAAAAA8HyaUrzKTvAzxKIjRq',
  deadlineDays: 8,
  currentScore: 100,
  scoreGain: 12.5,
};
