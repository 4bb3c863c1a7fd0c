import { Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
import { PageInfoObject } from '../../../common/graphql/page-info.object.js';
import { DisputeObject } from '../../disputes/dtos/dispute.dto.js';
import { CompanyRefObject } from '../../recommendations/dtos/recommendation.dto.js';
import { CreditorReliabilityObject, PublicationEvidenceObject } from './publication.dto.js';

@ObjectType('DisputeReview', { description: 'An open dispute as the moderation console shows it.' })
export class DisputeReviewObject {
  @Field(() => DisputeObject)
  dispute!: DisputeObject;

  @Field(() => String)
  invoiceNumber!: string;

  @Field(() => Float)
  amountCents!: number;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  dueDate!: string;

  @Field(() => CompanyRefObject)
  creditor!: CompanyRefObject;

  @Field(() => CompanyRefObject)
  debtor!: CompanyRefObject;

  @Field(() => ID, { nullable: true, description: 'The publication request or publication of this invoice, if any (frozen while the dispute is open).' })
  publicationId!: string | null;

  @Field(() => CreditorReliabilityObject)
  creditorReliability!: CreditorReliabilityObject;

  @Field(() => [PublicationEvidenceObject], { description: 'The debtor’s PDFs (POST /disputes/{id}/evidence); download at downloadPath.' })
  evidence!: PublicationEvidenceObject[];
}

@ObjectType('DisputeReviewEdge')
export class DisputeReviewEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => DisputeReviewObject)
  node!: DisputeReviewObject;
}

@ObjectType('DisputeReviewConnection')
export class DisputeReviewConnection {
  @Field(() => [DisputeReviewEdge])
  edges!: DisputeReviewEdge[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;
}

@InputType('RuleOnDisputeInput')
export class RuleOnDisputeInput {
  @Field(() => ID)
  disputeId!: string;

  @Field(() => Boolean, {
    description:
      'true: the debtor is right (UPHELD) — the invoice and its publications stop counting in the score, publications are REMOVED, reminders end. false: the debt stands (REJECTED) — the invoice is OPEN again, the creditor may resume reminders and its publication request goes on.',
  })
  upheld!: boolean;

  @Field(() => String, { description: 'Why; sent to both parties and kept in the audit log.' })
  reason!: string;
}
