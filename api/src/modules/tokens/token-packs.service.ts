import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLogService } from '../audit/audit-log.service.js';
import { auditActorOf } from '../audit/domain/audit-entry.js';
import { Actor } from '../auth/domain/actor.js';
import { cheapestCoveringPack, packAmounts } from './domain/pack-pricing.js';
import { TokenPackObject } from './dtos/token-pack.object.js';
import { UpsertTokenPackInput } from './dtos/upsert-token-pack.input.js';
import { TokensException, TokensExceptionCode } from './tokens.exception.js';

interface PackRow {
  id: string;
  name: string;
  tokens: number;
  price_cents: number;
  vat_rate_bps: number;
  active: boolean;
  position: number;
}

const PACK_COLUMNS = `id, name, tokens, price_cents, vat_rate_bps, active, position`;
const PACK_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

export function toPackObject(row: PackRow): TokenPackObject {
  const amounts = packAmounts(row.price_cents, row.vat_rate_bps);
  return {
    id: row.id,
    name: row.name,
    tokens: row.tokens,
    priceCents: amounts.priceCents,
    vatRateBps: row.vat_rate_bps,
    vatCents: amounts.vatCents,
    totalCents: amounts.totalCents,
    unitPriceCents: Math.round(row.price_cents / row.tokens),
    active: row.active,
    position: row.position,
  };
}

/** The token-pack catalogue, kept in the database and edited by platform admins. */
@Injectable()
export class TokenPacksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  async list(includeInactive: boolean): Promise<TokenPackObject[]> {
    const rows: PackRow[] = await this.dataSource.query(
      `SELECT ${PACK_COLUMNS} FROM token_packs WHERE active OR $1 ORDER BY position, tokens, id`,
      [includeInactive],
    );
    return rows.map(toPackObject);
  }

  async get(manager: EntityManager, id: string, options: { activeOnly: boolean }): Promise<TokenPackObject> {
    const rows: PackRow[] = await manager.query(`SELECT ${PACK_COLUMNS} FROM token_packs WHERE id = $1`, [id]);
    const row = rows[0];
    if (!row || (options.activeOnly && !row.active)) {
      throw new TokensException(TokensExceptionCode.PACK_NOT_FOUND, "Ce pack de jetons n'existe pas ou n'est plus proposé.");
    }
    return toPackObject(row);
  }

  /** The pack to suggest to a creditor lacking `missing` tokens (null when nothing is on sale). */
  async cheapestCovering(manager: EntityManager, missing: number): Promise<TokenPackObject | null> {
    const rows: PackRow[] = await manager.query(`SELECT ${PACK_COLUMNS} FROM token_packs WHERE active`);
    return cheapestCoveringPack(rows.map(toPackObject), missing);
  }

  /** Creates or replaces a pack, audited with the previous version. Purchases keep their own copy of name and prices. */
  async upsert(actor: Actor, input: UpsertTokenPackInput): Promise<TokenPackObject> {
    const id = input.id.trim();
    const name = input.name.trim().replace(/\s+/g, ' ');
    const problems: string[] = [];
    if (!PACK_ID.test(id)) problems.push("l'identifiant (minuscules, chiffres et tirets, 40 caractères au plus)");
    if (name.length < 1 || name.length > 80) problems.push('le nom (1 à 80 caractères)');
    if (!Number.isInteger(input.tokens) || input.tokens < 1 || input.tokens > 100_000) problems.push('le nombre de jetons (1 à 100 000)');
    if (!Number.isInteger(input.priceCents) || input.priceCents < 50 || input.priceCents > 10_000_000) {
      problems.push('le prix HT en centimes (0,50 € à 100 000 €)');
    }
    const vatRateBps = input.vatRateBps ?? 2000;
    if (!Number.isInteger(vatRateBps) || vatRateBps < 0 || vatRateBps > 10_000) problems.push('le taux de TVA (0 à 10 000 points de base)');
    if (problems.length > 0) {
      throw new TokensException(TokensExceptionCode.INVALID_PACK, `Pack invalide : vérifiez ${problems.join(', ')}.`);
    }
    return this.dataSource.transaction(async (manager) => {
      const previous: PackRow[] = await manager.query(`SELECT ${PACK_COLUMNS} FROM token_packs WHERE id = $1 FOR UPDATE`, [id]);
      const rows: PackRow[] = await manager.query(
      `INSERT INTO token_packs (id, name, tokens, price_cents, vat_rate_bps, active, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, tokens = EXCLUDED.tokens, price_cents = EXCLUDED.price_cents,
         vat_rate_bps = EXCLUDED.vat_rate_bps, active = EXCLUDED.active, position = EXCLUDED.position, updated_at = now()
       RETURNING ${PACK_COLUMNS}`,
      [id, name, input.tokens, input.priceCents, vatRateBps, input.active ?? true, input.position ?? 0],
      );
      const saved = rows[0]!;
      await this.audit.record(manager, {
        actor: auditActorOf(actor),
        action: previous[0] ? 'TOKEN_PACK_UPDATED' : 'TOKEN_PACK_CREATED',
        subjectType: 'TOKEN_PACK',
        subjectId: id,
        details: { before: previous[0] ?? null, after: saved },
      });
      return toPackObject(saved);
    });
  }
}
