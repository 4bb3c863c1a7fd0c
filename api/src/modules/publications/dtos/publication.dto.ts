import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfoObject } from '../../../common/graphql/page-info.object.js';
import { DisputeObject } from '../../disputes/dtos/dispute.dto.js';
import { CompanyRefObject } from '../../recommendations/dtos/recommendation.dto.js';

export const PublicationStatusEnum = { REQUESTED: 'REQUESTED', APPROVED: 'APPROVED', REJECTED: 'REJECTED', SETTLED: 'SETTLED', WITHDRAWN: 'WITHDRAWN', REMOVED: 'REMOVED' } as const;
registerEnumType(PublicationStatusEnum, {
  name: 'PublicationStatus',
  description:
    'REQUESTED: waiting for moderation; APPROVED: public; REJECTED by a moderator; SETTLED: paid after publication (shown as settled, then hidden within 48 h, its score effect decays); WITHDRAWN by the creditor (or the invoice was paid before any decision); REMOVED by moderation (e.g. dispute upheld: no score effect at all).',
});

@ObjectType('PublicationReply', { description: 'The debtor’s public answer, shown beside the publication.' })
export class PublicationReplyObject {
  @Field(() => String)
  text!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('PublicationEvidence', { description: 'The invoice PDF attached to a request. Download: GET /publications/evidence/{id} (moderators and the two parties).' })
export class PublicationEvidenceObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  filename!: string;

  @Field(() => Int)
  sizeBytes!: number;

  @Field(() => String, { description: 'SHA-256 of the file, hex.' })
  sha256!: string;

  @Field(() => String, { description: 'Path of the download on this API.' })
  downloadPath!: string;
}

@ObjectType('PublicationTimelineEntry', { description: 'One reminder message of the invoice, as it stood when publication was requested.' })
export class PublicationTimelineEntryObject {
  @Field(() => String)
  channel!: string;

  @Field(() => String)
  tone!: string;

  @Field(() => String)
  status!: string;

  @Field(() => Date)
  scheduledAt!: Date;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;

  @Field(() => String, { nullable: true })
  subject!: string | null;

  @Field(() => String, { nullable: true, description: 'The text as sent.' })
  body!: string | null;
}

@ObjectType('PublicationRequest', { description: 'A publication as its two parties see it (creditor that asked, verified members of the debtor).' })
export class PublicationObject {
  @Field(() => ID)
  id!: string;

  @Field(() => PublicationStatusEnum)
  status!: string;

  @Field(() => ID)
  invoiceId!: string;

  @Field(() => String)
  invoiceNumber!: string;

  @Field(() => Float, { description: 'Amount in cents, as a number (safe up to 2^53).' })
  amountCents!: number;

  @Field(() => String)
  currency!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  issueDate!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  dueDate!: string;

  @Field(() => CompanyRefObject)
  creditor!: CompanyRefObject;

  @Field(() => CompanyRefObject)
  debtor!: CompanyRefObject;

  @Field(() => String, { description: 'The creditor’s statement to the moderators.' })
  statement!: string;

  @Field(() => Date)
  requestedAt!: Date;

  @Field(() => Date, { description: 'Until then the debtor may answer (reply, dispute) before any approval, unless it waived that period.' })
  answerUntil!: Date;

  @Field(() => Boolean)
  debtorWaivedAnswerPeriod!: boolean;

  @Field(() => Date)
  ultimatumSentAt!: Date;

  @Field(() => String, { description: 'YYYY-MM-DD: the deadline the formal notice gave.' })
  ultimatumDeadline!: string;

  @Field(() => Int, { description: '2 when the creditor is past the reliability threshold.' })
  approvalsRequired!: number;

  @Field(() => Int)
  approvalsGiven!: number;

  @Field(() => String, { nullable: true, description: 'The moderator’s reason, sent to both parties.' })
  decisionReason!: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  settledAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it ended (WITHDRAWN, REMOVED): the creditor’s or moderator’s reason, or INVOICE_PAID / INVOICE_CANCELLED.' })
  endReason!: string | null;

  @Field(() => PublicationReplyObject, { nullable: true })
  reply!: PublicationReplyObject | null;

  @Field(() => PublicationEvidenceObject)
  evidence!: PublicationEvidenceObject;

  @Field(() => [PublicationTimelineEntryObject], { description: 'The whole reminder timeline kept with the request.' })
  timeline!: PublicationTimelineEntryObject[];
}

@ObjectType('CreditorReliability', { description: 'A creditor’s record as a reporter, shown to moderators.' })
export class CreditorReliabilityObject {
  @Field(() => Int, { description: 'Publication requests made.' })
  requested!: number;

  @Field(() => Int, { description: 'Requests approved (published).' })
  published!: number;

  @Field(() => Int, { description: 'Requests or publications the debtor disputed.' })
  disputed!: number;

  @Field(() => Int, { description: 'Requests rejected by moderation and publications removed after an upheld dispute.' })
  overturned!: number;

  @Field(() => Float, { description: 'Weight of this creditor’s reports in the score engine (0.25–1).' })
  weight!: number;

  @Field(() => Boolean, { description: 'Past the threshold: its requests need two moderators.' })
  needsSecondModerator!: boolean;
}

@ObjectType('PublicationReview', { description: 'A request as the moderation console shows it.' })
export class PublicationReviewObject extends PublicationObject {
  @Field(() => CreditorReliabilityObject)
  creditorReliability!: CreditorReliabilityObject;

  @Field(() => Boolean, { description: 'True when the answer period is over (or waived) and no dispute is open.' })
  readyForDecision!: boolean;

  @Field(() => Boolean, { description: 'An open dispute freezes the request.' })
  disputeOpen!: boolean;

  @Field(() => DisputeObject, { nullable: true, description: 'The debtor’s latest dispute of the invoice, if any (rule on it with ruleOnDispute).' })
  dispute!: DisputeObject | null;

  @Field(() => String, { nullable: true, description: 'Who gave the first of two approvals.' })
  firstApprovalBy!: string | null;
}

@ObjectType('PublicationReviewEdge')
export class PublicationReviewEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => PublicationReviewObject)
  node!: PublicationReviewObject;
}

@ObjectType('PublicationReviewConnection')
export class PublicationReviewConnection {
  @Field(() => [PublicationReviewEdge])
  edges!: PublicationReviewEdge[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;
}

export const PublicPublicationStatusEnum = { APPROVED: 'APPROVED', SETTLED: 'SETTLED' } as const;
registerEnumType(PublicPublicationStatusEnum, { name: 'PublicPublicationStatus', description: 'SETTLED: paid since publication; hidden within 48 hours.' });

@ObjectType('PublicPublication', { description: 'An unpaid invoice published on a company’s profile after moderation. No personal data.' })
export class PublicPublicationObject {
  @Field(() => ID)
  id!: string;

  @Field(() => CompanyRefObject)
  creditor!: CompanyRefObject;

  @Field(() => Float)
  amountCents!: number;

  @Field(() => String)
  currency!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  dueDate!: string;

  @Field(() => Int, { description: 'Days between the due date and today (or the payment).' })
  daysUnpaid!: number;

  @Field(() => Date)
  publishedAt!: Date;

  @Field(() => PublicPublicationStatusEnum)
  status!: string;

  @Field(() => Date, { nullable: true })
  settledAt!: Date | null;

  @Field(() => PublicationReplyObject, { nullable: true, description: 'The debtor’s answer, shown beside it.' })
  reply!: PublicationReplyObject | null;
}
