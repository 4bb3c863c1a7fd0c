import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

export const ClientSegment = { GOOD_PAYERS: 'GOOD_PAYERS', KEY_ACCOUNTS: 'KEY_ACCOUNTS', LATE_PAYERS: 'LATE_PAYERS' } as const;
registerEnumType(ClientSegment, { name: 'ClientSegment', description: "A debtor's segment for the creditor, derived from its score and the creditor's own history." });

@InputType('BindScenarioToSegmentInput')
export class BindScenarioToSegmentInput {
  @Field(() => ClientSegment)
  segment!: 'GOOD_PAYERS' | 'KEY_ACCOUNTS' | 'LATE_PAYERS';

  @Field(() => ID, { description: 'A built-in scenario or one of your own.' })
  scenarioId!: string;
}

@InputType('MarkKeyAccountInput')
export class MarkKeyAccountInput {
  @Field(() => String)
  debtorSiren!: string;

  @Field(() => Boolean, { description: 'true to add the debtor to your key accounts, false to remove it.' })
  keyAccount!: boolean;
}

@ObjectType('SegmentBinding')
export class SegmentBindingObject {
  @Field(() => ClientSegment)
  segment!: string;

  @Field(() => ID, { nullable: true, description: 'The scenario you bound; null when none is.' })
  boundScenarioId!: string | null;

  @Field(() => ID, { description: 'What applyScenario without a scenario uses for this segment: the bound one, else the classic built-in.' })
  scenarioId!: string;

  @Field(() => String)
  scenarioName!: string;
}

@ObjectType('KeyAccount')
export class KeyAccountObject {
  @Field(() => String)
  debtorSiren!: string;

  @Field(() => Boolean)
  keyAccount!: boolean;
}

@ObjectType('DebtorSegment')
export class DebtorSegmentObject {
  @Field(() => ClientSegment)
  segment!: string;

  @Field(() => String, { description: 'MARKED_KEY_ACCOUNT, OVERDUE_OUTSTANDING, LATE_WITH_CREDITOR, LOW_SCORE or DEFAULT.' })
  reason!: string;
}
