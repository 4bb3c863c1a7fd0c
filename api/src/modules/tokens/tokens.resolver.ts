import { UseGuards } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Actor } from '../auth/domain/actor.js';
import { requireCreditor } from '../auth/domain/require-creditor.js';
import { PlatformRole } from '../auth/domain/roles.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { AdjustWalletInput, AdjustWalletResultObject } from './dtos/adjust-wallet.input.js';
import { BuyTokenPackInput, BuyTokenPackResultObject } from './dtos/buy-token-pack.input.js';
import { ReceiptConnectionObject } from './dtos/receipt.object.js';
import { TokenPackObject } from './dtos/token-pack.object.js';
import { UpsertTokenPackInput } from './dtos/upsert-token-pack.input.js';
import { WalletObject } from './dtos/wallet.object.js';
import { WalletArgs, WalletCsvArgs } from './dtos/wallet.args.js';
import { TokenPacksService } from './token-packs.service.js';
import { TokenPurchasesService } from './token-purchases.service.js';
import { TokensException, TokensExceptionCode } from './tokens.exception.js';
import { TokensService } from './tokens.service.js';
import { WalletQueriesService } from './wallet-queries.service.js';

function requireAdmin(actor: Actor): void {
  if (!actor.platformRoles.includes(PlatformRole.ADMIN)) {
    throw new TokensException(TokensExceptionCode.PLATFORM_ADMIN_ONLY, 'Réservé aux administrateurs de la plateforme.');
  }
}

@Resolver()
@UseGuards(AuthGuard)
export class TokensResolver {
  constructor(
    private readonly tokens: TokensService,
    private readonly wallets: WalletQueriesService,
    private readonly packs: TokenPacksService,
    private readonly purchases: TokenPurchasesService,
  ) {}

  @Query(() => WalletObject, { description: "The active company's balance and ledger (any member)." })
  wallet(@CurrentActor() actor: Actor, @Args() args: WalletArgs): Promise<WalletObject> {
    const { siren } = requireCreditor(actor, 'READ_INVOICES');
    return this.wallets.wallet(siren, args.filter, args.first, args.after);
  }

  @Query(() => String, { description: 'The ledger as semicolon-separated CSV (newest first), for spreadsheets.' })
  walletCsv(@CurrentActor() actor: Actor, @Args() args: WalletCsvArgs): Promise<string> {
    const { siren } = requireCreditor(actor, 'MANAGE_BILLING');
    return this.wallets.csv(siren, args.filter);
  }

  @Query(() => [TokenPackObject], { description: 'Packs on sale; admins may include withdrawn ones.' })
  tokenPacks(
    @CurrentActor() actor: Actor,
    @Args('includeInactive', { type: () => Boolean, nullable: true, defaultValue: false }) includeInactive: boolean,
  ): Promise<TokenPackObject[]> {
    if (includeInactive) requireAdmin(actor);
    return this.packs.list(includeInactive);
  }

  @Query(() => ReceiptConnectionObject, { description: "The active company's paid packs, newest first." })
  receipts(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ReceiptConnectionObject> {
    const { siren } = requireCreditor(actor, 'MANAGE_BILLING');
    return this.purchases.receipts(siren, first, after);
  }

  @Mutation(() => BuyTokenPackResultObject)
  buyTokenPack(@CurrentActor() actor: Actor, @Args('input') input: BuyTokenPackInput): Promise<BuyTokenPackResultObject> {
    const { siren } = requireCreditor(actor, 'MANAGE_BILLING');
    return this.purchases.buy(actor, siren, input.packId);
  }

  @Mutation(() => TokenPackObject, { description: 'Platform admins: create or change a pack.' })
  upsertTokenPack(@CurrentActor() actor: Actor, @Args('input') input: UpsertTokenPackInput): Promise<TokenPackObject> {
    requireAdmin(actor);
    return this.packs.upsert(actor, input);
  }

  @Mutation(() => AdjustWalletResultObject, { description: "Platform admins: correct a company's balance, with a reason." })
  adjustWallet(@CurrentActor() actor: Actor, @Args('input') input: AdjustWalletInput): Promise<AdjustWalletResultObject> {
    return this.tokens.adjust(actor, input);
  }
}
