import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Actor } from '../auth/domain/actor.js';
import { requireActiveCreditor, requireCreditor } from '../auth/domain/require-creditor.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { CreateInvoiceInput } from './dtos/create-invoice.input.js';
import { ImportInvoicesInput, InvoiceImportResultObject } from './dtos/import-invoices.input.js';
import { InvoiceConnectionObject } from './dtos/invoice-connection.object.js';
import { InvoiceObject } from './dtos/invoice.object.js';
import { InvoicesArgs } from './dtos/invoices.args.js';
import { CancelInvoiceInput, ChangeInvoiceDueDateInput, MarkInvoicePaidInput } from './dtos/settle-invoice.input.js';
import { InvoiceImportService } from './invoice-import.service.js';
import { InvoicesService } from './invoices.service.js';

@Resolver(() => InvoiceObject)
@UseGuards(AuthGuard)
export class InvoicesResolver {
  constructor(
    private readonly service: InvoicesService,
    private readonly importer: InvoiceImportService,
  ) {}

  @Query(() => InvoiceConnectionObject, { description: "The active company's invoices, by due date." })
  invoices(@CurrentActor() actor: Actor, @Args() args: InvoicesArgs): Promise<InvoiceConnectionObject> {
    const { siren } = requireCreditor(actor, 'READ_INVOICES');
    return this.service.list(siren, args.filter, args.first, args.after);
  }

  @Query(() => InvoiceObject)
  invoice(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<InvoiceObject> {
    const { siren } = requireCreditor(actor, 'READ_INVOICES');
    return this.service.get(siren, id);
  }

  @Mutation(() => InvoiceObject)
  createInvoice(@CurrentActor() actor: Actor, @Args('input') input: CreateInvoiceInput): Promise<InvoiceObject> {
    const { siren } = requireActiveCreditor(actor, 'CREATE_INVOICES');
    return this.service.create(siren, actor.userId, input);
  }

  @Mutation(() => InvoiceImportResultObject)
  importInvoices(@CurrentActor() actor: Actor, @Args('input') input: ImportInvoicesInput): Promise<InvoiceImportResultObject> {
    const { siren } = requireActiveCreditor(actor, 'CREATE_INVOICES');
    return this.importer.import(siren, actor.userId, input.csv);
  }

  @Mutation(() => InvoiceObject)
  markInvoicePaid(@CurrentActor() actor: Actor, @Args('input') input: MarkInvoicePaidInput): Promise<InvoiceObject> {
    const { siren } = requireCreditor(actor, 'SETTLE_INVOICES');
    return this.service.markPaid(siren, input.id, input.paidAt);
  }

  @Mutation(() => InvoiceObject)
  cancelInvoice(@CurrentActor() actor: Actor, @Args('input') input: CancelInvoiceInput): Promise<InvoiceObject> {
    const { siren } = requireCreditor(actor, 'SETTLE_INVOICES');
    return this.service.cancel(siren, input.id);
  }

  @Mutation(() => InvoiceObject, { description: 'Moves the due date of an OPEN invoice; pending messages of its active reminder run are planned again (those already sent stay).' })
  changeInvoiceDueDate(@CurrentActor() actor: Actor, @Args('input') input: ChangeInvoiceDueDateInput): Promise<InvoiceObject> {
    const { siren } = requireCreditor(actor, 'SETTLE_INVOICES');
    return this.service.changeDueDate(siren, actor.userId, input.id, input.dueDate);
  }
}
