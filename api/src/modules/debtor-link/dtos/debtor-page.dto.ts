import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PlanInstalmentObject } from './plan-instalment.dto.js';

@ObjectType('PaymentInstalment')
export class InstalmentObject {
  @Field(() => String, { description: 'YYYY-MM-DD.' })
  dueDate!: string;

  @Field(() => Int)
  amountCents!: number;
}

@InputType('PaymentInstalmentInput')
export class InstalmentInput {
  @Field(() => String, { description: 'YYYY-MM-DD, from today on, strictly after the previous one.' })
  dueDate!: string;

  @Field(() => Int)
  amountCents!: number;
}

@ObjectType('DeclaredPayment')
export class DeclaredPaymentObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  invoiceId!: string;

  @Field(() => String, { description: 'The date the debtor says it paid (YYYY-MM-DD).' })
  paidOn!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => String, { description: 'PENDING, CONFIRMED or REJECTED.' })
  status!: string;

  @Field(() => Date)
  declaredAt!: Date;
}

@ObjectType('PaymentPlan')
export class PaymentPlanObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  invoiceId!: string;

  @Field(() => [InstalmentObject])
  instalments!: InstalmentObject[];

  @Field(() => String, { description: 'PROPOSED, ACCEPTED, DECLINED, ENDED (by the creditor after a missed instalment) or COMPLETED (every instalment confirmed).' })
  status!: string;

  @Field(() => Date)
  proposedAt!: Date;
}

/**
 * The public page behind a reminder's signed link. Built field by field: the creditor's contact,
 * the run and the other invoices never reach it.
 */
@ObjectType('DebtorInvoicePage')
export class DebtorInvoicePageObject {
  @Field(() => String)
  creditorName!: string;

  @Field(() => String)
  debtorName!: string;

  @Field(() => String)
  invoiceNumber!: string;

  @Field(() => Int)
  amountCents!: number;

  @Field(() => String)
  currency!: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  dueDate!: string;

  @Field(() => Int, { description: 'Days past the due date today (Paris), 0 before it.' })
  daysLate!: number;

  @Field(() => String, { description: 'OPEN, PAID, DISPUTED or CANCELLED.' })
  status!: string;

  @Field(() => String, { nullable: true, description: "The creditor's payment page (https), if it gave one." })
  paymentUrl!: string | null;

  @Field(() => String, { nullable: true, description: "The creditor's payment instructions (e.g. its IBAN), if it gave some." })
  paymentInstructions!: string | null;

  @Field(() => Float, { description: "The debtor's score today if the invoice stays unpaid." })
  currentScore!: number;

  @Field(() => Float, { description: 'What paying today earns against not paying (points, never negative).' })
  scoreGainIfPaidToday!: number;

  @Field(() => Date)
  linkExpiresAt!: Date;

  @Field(() => DeclaredPaymentObject, { nullable: true, description: 'A payment the debtor declared, awaiting the creditor.' })
  pendingDeclaration!: DeclaredPaymentObject | null;

  @Field(() => PaymentPlanObject, { nullable: true, description: 'A plan the debtor proposed, awaiting the creditor.' })
  proposedPlan!: PaymentPlanObject | null;

  @Field(() => String, { nullable: true, description: 'The reason of the open dispute, if any.' })
  openDisputeReason!: string | null;
}

@InputType('DeclarePaymentInput')
export class DeclarePaymentInput {
  @Field(() => String)
  token!: string;

  @Field(() => String, { description: 'YYYY-MM-DD; not in the future, not before the issue date.' })
  paidOn!: string;

  @Field(() => String, { nullable: true, description: 'e.g. the transfer reference; 1,000 characters at most.' })
  note?: string | null;
}

@InputType('ProposePaymentPlanInput')
export class ProposePaymentPlanInput {
  @Field(() => String)
  token!: string;

  @Field(() => [InstalmentInput])
  instalments!: InstalmentInput[];
}

@InputType('DisputeViaLinkInput')
export class DisputeViaLinkInput {
  @Field(() => String)
  token!: string;

  @Field(() => String, { description: '10 to 4,000 characters.' })
  reason!: string;
}

@InputType('DecideDeclaredPaymentInput')
export class DecideDeclaredPaymentInput {
  @Field(() => ID)
  declarationId!: string;

  @Field(() => String, { nullable: true, description: 'Why it is rejected (shown on the timeline).' })
  reason?: string | null;
}

@InputType('DecidePaymentPlanInput')
export class DecidePaymentPlanInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@ObjectType('PaymentSettings')
export class PaymentSettingsObject {
  @Field(() => String, { nullable: true })
  paymentUrl!: string | null;

  @Field(() => String, { nullable: true })
  paymentInstructions!: string | null;
}

@InputType('UpdatePaymentSettingsInput')
export class UpdatePaymentSettingsInput {
  @Field(() => String, { nullable: true, description: 'An https:// address, 500 characters at most; empty or null removes it.' })
  paymentUrl?: string | null;

  @Field(() => String, { nullable: true, description: '1,000 characters at most; empty or null removes them.' })
  paymentInstructions?: string | null;
}

@ObjectType('DebtorRequests')
export class DebtorRequestsObject {
  @Field(() => [DeclaredPaymentObject], { description: 'Payments debtors declared, awaiting confirmation, oldest first.' })
  declaredPayments!: DeclaredPaymentObject[];

  @Field(() => [PaymentPlanObject], { description: 'Payment plans debtors proposed, awaiting an answer, oldest first.' })
  paymentPlans!: PaymentPlanObject[];

  @Field(() => [PlanInstalmentObject], { description: 'Instalments of accepted plans found missed and not confirmed since, oldest due first: confirm one received, or end its plan.' })
  missedInstalments!: PlanInstalmentObject[];
}
