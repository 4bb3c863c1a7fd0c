import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DisputeObject } from '../disputes/dtos/dispute.dto.js';
import { DebtorPageService } from './debtor-page.service.js';
import { DebtorInvoicePageObject, DeclarePaymentInput, DeclaredPaymentObject, DisputeViaLinkInput, PaymentPlanObject, ProposePaymentPlanInput } from './dtos/debtor-page.dto.js';

/** Public: the signed token of a reminder's link is the only credential (no session needed). */
@Resolver()
export class DebtorPageResolver {
  constructor(private readonly pages: DebtorPageService) {}

  @Query(() => DebtorInvoicePageObject, { description: 'The page behind a reminder: the invoice, how to pay, the score effect of paying now. LINK_INVALID / LINK_EXPIRED otherwise.' })
  debtorInvoicePage(@Args('token') token: string): Promise<DebtorInvoicePageObject> {
    return this.pages.page(token);
  }

  @Mutation(() => DeclaredPaymentObject, { description: '"I have paid": the creditor is asked to confirm; reminders pause meanwhile.' })
  declarePayment(@Args('input') input: DeclarePaymentInput): Promise<DeclaredPaymentObject> {
    return this.pages.declarePayment(input.token, input.paidOn, input.note);
  }

  @Mutation(() => PaymentPlanObject, { description: 'Proposes instalments summing to the amount; reminders pause until the creditor answers.' })
  proposePaymentPlan(@Args('input') input: ProposePaymentPlanInput): Promise<PaymentPlanObject> {
    return this.pages.proposePlan(input.token, input.instalments);
  }

  @Mutation(() => DisputeObject, { description: 'Disputes the invoice from its page: reminders pause until a moderator rules.' })
  disputeInvoiceViaLink(@Args('input') input: DisputeViaLinkInput): Promise<DisputeObject> {
    return this.pages.dispute(input.token, input.reason);
  }
}
