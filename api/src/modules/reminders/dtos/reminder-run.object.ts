import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ClientSegment } from './segments.dto.js';
import { ReminderChannel, ReminderMessageStatus, ReminderRunStatus, ReminderTone } from './enums.js';

/** One outbox row as the creditor sees it on the invoice timeline. */
@ObjectType('ReminderMessage')
export class ReminderMessageObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  runId!: string;

  @Field(() => Int, { description: "Index of the step in the run's scenario; -1 for the default THANKS message." })
  stepIndex!: number;

  @Field(() => ReminderChannel)
  channel!: string;

  @Field(() => ReminderTone)
  tone!: string;

  @Field(() => String, { description: 'Email address or E.164 phone number.' })
  toAddress!: string;

  @Field(() => String, { nullable: true, description: 'As sent; null until rendered at send time.' })
  subject!: string | null;

  @Field(() => String, { nullable: true, description: 'As sent; null until rendered at send time.' })
  body!: string | null;

  @Field(() => Date)
  scheduledAt!: Date;

  @Field(() => ReminderMessageStatus)
  status!: string;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true })
  provider!: string | null;

  @Field(() => String, { nullable: true })
  providerMessageId!: string | null;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('ReminderRun')
export class ReminderRunObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  invoiceId!: string;

  @Field(() => ID)
  scenarioId!: string;

  @Field(() => String)
  scenarioName!: string;

  @Field(() => ReminderRunStatus)
  status!: string;

  @Field(() => String, { nullable: true, description: 'Why a PAUSED run waits: DISPUTE, PAYMENT_DECLARED or PAYMENT_PLAN_PROPOSED.' })
  pausedReason!: string | null;

  @Field(() => Boolean)
  tokenSpent!: boolean;

  @Field(() => Boolean)
  tokenRefunded!: boolean;

  @Field(() => ClientSegment, { nullable: true, description: 'The segment that chose the scenario, when applyScenario was given none.' })
  segment!: string | null;

  @Field(() => String, { nullable: true, description: 'STOPPED_BY_CREDITOR, INVOICE_PAID, INVOICE_CANCELLED, ALL_SENT, NOTHING_LEFT, REPLACED_BY_PAYMENT_PLAN, PAYMENT_PLAN_ENDED, DISPUTE_UPHELD…' })
  endReason!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  endedAt!: Date | null;

  @Field(() => [ReminderMessageObject])
  messages!: ReminderMessageObject[];
}

@ObjectType('StepScoreEffect')
export class StepScoreEffectObject {
  @Field(() => Float, { description: "The debtor's score if the invoice is paid on its due date." })
  scoreIfPaidOnTime!: number;

  @Field(() => Float, { description: "The debtor's score if it is paid on this message's date." })
  scoreIfPaidAtStep!: number;

  @Field(() => Float, { description: 'Its score on that date if still unpaid.' })
  scoreIfUnpaid!: number;

  @Field(() => Float, { description: 'What paying on that date earns against staying unpaid.' })
  gainIfPaidAtStep!: number;
}

@ObjectType('ScenarioPreviewMessage')
export class ScenarioPreviewMessageObject {
  @Field(() => Int)
  stepIndex!: number;

  @Field(() => ReminderChannel)
  channel!: string;

  @Field(() => ReminderTone)
  tone!: string;

  @Field(() => String)
  toAddress!: string;

  @Field(() => Date)
  scheduledAt!: Date;

  @Field(() => ReminderMessageStatus, { description: 'SCHEDULED, or SKIPPED when its time has passed (see skipReason).' })
  status!: string;

  @Field(() => String, { nullable: true })
  skipReason!: string | null;

  @Field(() => String, { description: 'Rendered as it would be on its send date; empty for an SMS.' })
  subject!: string;

  @Field(() => String)
  body!: string;

  @Field(() => StepScoreEffectObject, { nullable: true, description: "The debtor's score if paid on time vs on this message's date; null when its score has no record of the invoice yet." })
  scoreEffect!: StepScoreEffectObject | null;
}

@ObjectType('ScenarioPreview')
export class ScenarioPreviewObject {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => ID)
  scenarioId!: string;

  @Field(() => Int, { description: 'Tokens applyScenario would spend.' })
  tokenCost!: number;

  @Field(() => [ScenarioPreviewMessageObject])
  messages!: ScenarioPreviewMessageObject[];
}

@ObjectType('InvoiceEvent')
export class InvoiceEventObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'DISPUTE_OPENED, DISPUTE_UPHELD, DISPUTE_REJECTED, DISPUTE_WITHDRAWN, PAYMENT_DECLARED, DECLARED_PAYMENT_CONFIRMED, DECLARED_PAYMENT_REJECTED, PAYMENT_PLAN_PROPOSED, PAYMENT_PLAN_ACCEPTED, PAYMENT_PLAN_DECLINED, PAYMENT_PLAN_RUN_STARTED, INSTALMENT_PAID, INSTALMENT_MISSED (an instalment of an accepted plan unconfirmed 3 days after its date), PAYMENT_PLAN_ENDED, DUE_DATE_CHANGED, REMINDERS_RESUMED, …' })
  kind!: string;

  @Field(() => String, { description: 'CREDITOR, DEBTOR_MEMBER, DEBTOR_LINK (the signed page behind a reminder), MODERATOR or SYSTEM.' })
  actor!: string;

  @Field(() => String, { description: 'The facts of the event as JSON (reason, dates, amounts).' })
  details!: string;

  @Field(() => Date)
  occurredAt!: Date;
}

@ObjectType('InvoiceTimeline')
export class InvoiceTimelineObject {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => [ReminderRunObject], { description: 'Every run on the invoice, newest first, each with its messages.' })
  runs!: ReminderRunObject[];

  @Field(() => [InvoiceEventObject], { description: 'What happened to the invoice outside the outbox (dispute, declared payment, payment plan, due-date change), oldest first.' })
  events!: InvoiceEventObject[];
}
