import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Actor } from '../auth/domain/actor.js';
import { requireCreditor } from '../auth/domain/require-creditor.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { DebtorRequestsService } from './debtor-requests.service.js';
import {
  DebtorRequestsObject,
  DecideDeclaredPaymentInput,
  DecidePaymentPlanInput,
  DeclaredPaymentObject,
  PaymentPlanObject,
  PaymentSettingsObject,
  UpdatePaymentSettingsInput,
} from './dtos/debtor-page.dto.js';
import { ConfirmInstalmentPaidInput, PlanInstalmentObject } from './dtos/plan-instalment.dto.js';
import { PaymentSettingsService } from './payment-settings.service.js';
import { PlanInstalmentsService } from './plan-instalments.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class DebtorRequestsResolver {
  constructor(
    private readonly requests: DebtorRequestsService,
    private readonly settings: PaymentSettingsService,
    private readonly instalments: PlanInstalmentsService,
  ) {}

  @Query(() => DebtorRequestsObject, { description: 'What debtors asked on their pages and awaits your answer.' })
  debtorRequests(@CurrentActor() actor: Actor): Promise<DebtorRequestsObject> {
    return this.requests.pending(requireCreditor(actor, 'READ_INVOICES').siren);
  }

  @Mutation(() => DeclaredPaymentObject, { description: 'The invoice becomes PAID at the date the debtor declared.' })
  confirmDeclaredPayment(@CurrentActor() actor: Actor, @Args('input') input: DecideDeclaredPaymentInput): Promise<DeclaredPaymentObject> {
    return this.requests.confirmDeclaration(requireCreditor(actor, 'SETTLE_INVOICES').siren, actor, input.declarationId);
  }

  @Mutation(() => DeclaredPaymentObject, { description: 'Not received: reminders resume from today.' })
  rejectDeclaredPayment(@CurrentActor() actor: Actor, @Args('input') input: DecideDeclaredPaymentInput): Promise<DeclaredPaymentObject> {
    return this.requests.rejectDeclaration(requireCreditor(actor, 'SETTLE_INVOICES').siren, actor, input.declarationId, input.reason);
  }

  @Mutation(() => PaymentPlanObject, { description: "Instalment reminders replace the scenario's pending messages." })
  acceptPaymentPlan(@CurrentActor() actor: Actor, @Args('input') input: DecidePaymentPlanInput): Promise<PaymentPlanObject> {
    return this.requests.acceptPlan(requireCreditor(actor, 'SETTLE_INVOICES').siren, actor, input.planId);
  }

  @Mutation(() => PaymentPlanObject, { description: 'Reminders resume from today.' })
  declinePaymentPlan(@CurrentActor() actor: Actor, @Args('input') input: DecidePaymentPlanInput): Promise<PaymentPlanObject> {
    return this.requests.declinePlan(requireCreditor(actor, 'SETTLE_INVOICES').siren, actor, input.planId, input.reason);
  }

  @Mutation(() => PlanInstalmentObject, {
    description:
      'An instalment of an accepted plan was received: recorded at its date, its reminder withdrawn if still to leave. The last one settles the plan and the invoice becomes PAID at the latest payment date. Refused: PAYMENT_PLAN_NOT_ACCEPTED, INSTALMENT_NOT_FOUND, INSTALMENT_ALREADY_PAID, PAYMENT_DATE_INVALID.',
  })
  confirmInstalmentPaid(@CurrentActor() actor: Actor, @Args('input') input: ConfirmInstalmentPaidInput): Promise<PlanInstalmentObject> {
    return this.instalments.confirm(requireCreditor(actor, 'SETTLE_INVOICES').siren, actor, input.planId, input.number, input.paidOn);
  }

  @Mutation(() => PaymentPlanObject, {
    description: "Ends an accepted plan the debtor does not keep: its reminders stop and the scenario it replaced resumes (its steps still ahead, planned from today). The invoice stays due.",
  })
  endPaymentPlan(@CurrentActor() actor: Actor, @Args('input') input: DecidePaymentPlanInput): Promise<PaymentPlanObject> {
    return this.instalments.end(requireCreditor(actor, 'SETTLE_INVOICES').siren, actor, input.planId, input.reason);
  }

  @Query(() => PaymentSettingsObject, { description: "How debtors are told to pay you, on their invoice's page." })
  paymentSettings(@CurrentActor() actor: Actor): Promise<PaymentSettingsObject> {
    return this.settings.get(requireCreditor(actor, 'READ_INVOICES').siren);
  }

  @Mutation(() => PaymentSettingsObject)
  updatePaymentSettings(@CurrentActor() actor: Actor, @Args('input') input: UpdatePaymentSettingsInput): Promise<PaymentSettingsObject> {
    return this.settings.update(requireCreditor(actor, 'SETTLE_INVOICES').siren, actor.userId, input);
  }
}
