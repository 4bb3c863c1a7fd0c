import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Prepaid tokens (DESIGN §2 TokenWallet / TokenLedgerEntry), token packs and their purchases.
 *
 * Invariants held by the schema itself, whatever the code does:
 * - a wallet balance never goes below zero (CHECK), so a conditional `UPDATE … WHERE balance >= n`
 *   is the only way to spend and concurrent spends cannot overdraw;
 * - ledger entries are unique by (reason, reference): a retried grant, purchase, spend or refund
 *   is a no-op; they are immutable (trigger refuses UPDATE and DELETE);
 * - each entry's sign matches its reason; an ADJUSTMENT carries the admin's reason;
 * - a PAID purchase has its receipt number and payment date, numbers are unique.
 * Receipt numbers come from a per-year counter row updated in the crediting transaction rather
 * than a PostgreSQL SEQUENCE: sequences leave gaps on rollback, French receipts must not.
 * Accepted by PostgreSQL 15 and 18.
 */
export class Tokens1764000005000 implements MigrationInterface {
  name = 'Tokens1764000005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE token_wallets (
        company_siren char(9)     PRIMARY KEY REFERENCES companies (siren),
        balance       integer     NOT NULL DEFAULT 0 CONSTRAINT token_wallets_balance_not_negative CHECK (balance >= 0),
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE token_ledger_entries (
        id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        company_siren  char(9)     NOT NULL REFERENCES token_wallets (company_siren),
        reason         text        NOT NULL
                       CHECK (reason IN ('SIGNUP_GRANT', 'PACK_PURCHASE', 'INVOICE_PROCESSING', 'REFUND', 'ADJUSTMENT')),
        reference      text        NOT NULL CHECK (length(reference) BETWEEN 1 AND 100),
        delta          integer     NOT NULL CHECK (delta <> 0),
        balance_after  integer     NOT NULL CHECK (balance_after >= 0),
        note           text        CHECK (note IS NULL OR length(note) <= 500),
        actor_user_id  uuid        REFERENCES users (id) ON DELETE SET NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT token_ledger_entries_reason_reference_key UNIQUE (reason, reference),
        CONSTRAINT token_ledger_entries_sign CHECK (
          (reason = 'INVOICE_PROCESSING' AND delta < 0)
          OR (reason IN ('SIGNUP_GRANT', 'PACK_PURCHASE', 'REFUND') AND delta > 0)
          OR (reason = 'ADJUSTMENT' AND note IS NOT NULL AND length(trim(note)) > 0)
        )
      )`);
    // The wallet's history, newest first, optionally by reason (ids grow in commit order per wallet:
    // every entry is written while its wallet row is locked).
    await queryRunner.query(`CREATE INDEX token_ledger_entries_wallet_idx ON token_ledger_entries (company_siren, id)`);
    await queryRunner.query(`CREATE INDEX token_ledger_entries_wallet_reason_idx ON token_ledger_entries (company_siren, reason, id)`);
    await queryRunner.query(`
      CREATE FUNCTION token_ledger_entries_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'token ledger entries are immutable (% refused)', TG_OP;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER token_ledger_entries_immutable
        BEFORE UPDATE OR DELETE ON token_ledger_entries
        FOR EACH ROW EXECUTE FUNCTION token_ledger_entries_immutable()`);

    await queryRunner.query(`
      CREATE TABLE token_packs (
        id            text        PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
        name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        tokens        integer     NOT NULL CHECK (tokens BETWEEN 1 AND 100000),
        price_cents   integer     NOT NULL CHECK (price_cents BETWEEN 50 AND 10000000),
        vat_rate_bps  integer     NOT NULL DEFAULT 2000 CHECK (vat_rate_bps BETWEEN 0 AND 10000),
        active        boolean     NOT NULL DEFAULT true,
        position      integer     NOT NULL DEFAULT 0,
        updated_at    timestamptz NOT NULL DEFAULT now()
      )`);
    // Prices excluding VAT: 3.00 €, 2.50 € and 2.00 € per token; VAT 20 %.
    await queryRunner.query(`
      INSERT INTO token_packs (id, name, tokens, price_cents, vat_rate_bps, position) VALUES
        ('pack-10', 'Pack 10 jetons', 10, 3000, 2000, 10),
        ('pack-50', 'Pack 50 jetons', 50, 12500, 2000, 20),
        ('pack-200', 'Pack 200 jetons', 200, 40000, 2000, 30)`);

    await queryRunner.query(`
      CREATE TABLE token_purchases (
        id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        company_siren       char(9)     NOT NULL REFERENCES companies (siren),
        pack_id             text        NOT NULL REFERENCES token_packs (id),
        pack_name           text        NOT NULL,
        tokens              integer     NOT NULL CHECK (tokens > 0),
        price_cents         integer     NOT NULL CHECK (price_cents > 0),
        vat_rate_bps        integer     NOT NULL CHECK (vat_rate_bps >= 0),
        vat_cents           integer     NOT NULL CHECK (vat_cents >= 0),
        total_cents         integer     NOT NULL CHECK (total_cents = price_cents + vat_cents),
        currency            char(3)     NOT NULL DEFAULT 'EUR',
        provider            text        NOT NULL CHECK (provider IN ('STRIPE', 'DEVELOPMENT')),
        provider_session_id text        UNIQUE,
        status              text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'PAID', 'FAILED', 'EXPIRED')),
        receipt_number      text        UNIQUE,
        created_by          uuid        REFERENCES users (id) ON DELETE SET NULL,
        created_at          timestamptz NOT NULL DEFAULT now(),
        paid_at             timestamptz,
        CONSTRAINT token_purchases_paid_has_receipt CHECK ((status = 'PAID') = (receipt_number IS NOT NULL AND paid_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX token_purchases_company_paid_idx ON token_purchases (company_siren, paid_at DESC, id) WHERE status = 'PAID'`);

    await queryRunner.query(`
      CREATE TABLE token_receipt_counters (
        year        integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 9999),
        last_number integer NOT NULL CHECK (last_number >= 0)
      )`);

    // Companies that already have members get an empty wallet (balance 0 = empty ledger).
    await queryRunner.query(`INSERT INTO token_wallets (company_siren) SELECT DISTINCT company_siren FROM memberships`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE token_receipt_counters`);
    await queryRunner.query(`DROP TABLE token_purchases`);
    await queryRunner.query(`DROP TABLE token_packs`);
    await queryRunner.query(`DROP TABLE token_ledger_entries`);
    await queryRunner.query(`DROP FUNCTION token_ledger_entries_immutable()`);
    await queryRunner.query(`DROP TABLE token_wallets`);
  }
}
