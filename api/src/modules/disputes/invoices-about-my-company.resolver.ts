import { UseGuards } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Actor } from '../auth/domain/actor.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { InvoiceAboutMyCompanyConnection } from './dtos/invoice-about-my-company.dto.js';
import { InvoicesAboutMyCompanyService } from './invoices-about-my-company.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class InvoicesAboutMyCompanyResolver {
  constructor(private readonly service: InvoicesAboutMyCompanyService) {}

  @Query(() => InvoiceAboutMyCompanyConnection, {
    description:
      'Verified members of the active company: invoices creditors reported about it (latest due date first), with any open dispute — to check them and contest (disputeInvoice). Never the creditor’s contacts or notes.',
  })
  invoicesAboutMyCompany(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<InvoiceAboutMyCompanyConnection> {
    return this.service.page(actor, first, after);
  }
}
