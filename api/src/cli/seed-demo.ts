import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { CoreModule } from '../core.module.js';
import { FEATURE_MODULES } from '../feature-modules.js';
import { loadConfig } from '../config/load-config.js';
import { changePlatformRoleByEmail } from '../modules/admin/grant-platform-role.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { PlatformRole } from '../modules/auth/domain/roles.js';
import { Actor } from '../modules/auth/domain/actor.js';
import { MemberRole } from '../modules/auth/domain/roles.js';
import { CompanyClaimsService } from '../modules/claims/company-claims.service.js';
import { InvoicesService } from '../modules/invoices/invoices.service.js';
import { RecommendationsService } from '../modules/recommendations/recommendations.service.js';

export const DEMO_EMAIL = 'demo@bonpayeur.fr';
export const DEMO_PASSWORD = 'demo-bonpayeur-2026';
/** Platform staff of the demo: a moderator (publications, claims) and an admin (console, queues, metrics). */
export const DEMO_STAFF = [
  { email: 'moderation@bonpayeur.fr', password: 'demo-moderation-2026', fullName: 'Marc Modérateur', role: PlatformRole.MODERATOR },
  { email: 'admin@bonpayeur.fr', password: 'demo-admin-2026', fullName: 'Alice Admin', role: PlatformRole.ADMIN },
] as const;
/** Luhn-valid SIREN of the demo creditor (not in the SIRENE sample). */
const DEMO_CREDITOR_SIREN = '900000001';

function isoDaysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * `seed-demo`: a demo creditor with invoices to sample companies, through the real services so
 * every rule applies; and the demo moderator and admin accounts. Idempotent: each account is made
 * only when missing.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  @Module({ imports: [CoreModule.forRoot({ config }), ...FEATURE_MODULES] })
  class SeedModule {}
  const app = await NestFactory.createApplicationContext(SeedModule, { logger: ['error', 'warn'] });
  try {
    const dataSource = app.get(DataSource);
    const exists = async (email: string) => (await dataSource.query(`SELECT 1 FROM users WHERE email = $1`, [email])).length > 0;
    for (const staff of DEMO_STAFF) {
      if (await exists(staff.email)) continue;
      await app.get(AuthService).signUp({ email: staff.email, password: staff.password, fullName: staff.fullName });
      await changePlatformRoleByEmail(dataSource, staff.email, staff.role, { by: 'seed-demo' });
      console.log(`Demo ${staff.role} ${staff.email} created.`);
    }
    if (await exists(DEMO_EMAIL)) {
      console.log(`Demo data already there (${DEMO_EMAIL}).`);
      return;
    }
    const { me } = await app.get(AuthService).signUp({
      email: DEMO_EMAIL,
      password: DEMO_PASSWORD,
      fullName: 'Claire Démo',
      companySiren: DEMO_CREDITOR_SIREN,
      companyName: 'Atelier Démo SAS',
    });
    const debtors: { siren: string }[] = await dataSource.query(
      `SELECT siren FROM companies WHERE source = 'SIRENE' AND active AND NOT sole_trader ORDER BY siren LIMIT 8`,
    );
    if (debtors.length === 0) throw new Error('No sample companies: import the SIRENE sample first.');
    const invoices = app.get(InvoicesService);
    // [issued days ago, due days from today, amount in cents, paid days from today or null]
    const plan: [number, number, number, number | null][] = [
      [-20, 10, 1_250_000, null],
      [-25, 5, 348_000, null],
      [-30, 0, 89_900, null],
      [-45, -15, 2_450_050, null],
      [-60, -30, 560_000, null],
      [-90, -45, 1_200_000, null],
      [-70, -40, 430_000, -42],
      [-80, -50, 990_000, -35],
      [-50, -20, 125_000, -20],
      [-40, -10, 67_500, -2],
      [-15, 15, 210_000, null],
      [-100, -70, 3_100_000, -12],
    ];
    for (const [index, [issued, due, amountCents, paid]] of plan.entries()) {
      const debtor = debtors[index % debtors.length]!;
      const invoice = await invoices.create(DEMO_CREDITOR_SIREN, me.id, {
        debtorSiren: debtor.siren,
        number: `DEMO-2026-${String(index + 1).padStart(3, '0')}`,
        amountCents,
        issueDate: isoDaysFromToday(issued),
        dueDate: isoDaysFromToday(due),
        contact: { name: 'Service comptabilité', email: `compta+${debtor.siren}@example.fr`, phone: '+33612345678' },
      });
      if (paid !== null) await invoices.markPaid(DEMO_CREDITOR_SIREN, invoice.id, isoDaysFromToday(paid));
    }
    // The demo company is verified the product's way (a claim the demo moderator approves), so the
    // demo can recommend clients and request publications; it then recommends a client that paid it.
    const creditor: Actor = { userId: me.id, sessionId: 'seed-demo', email: DEMO_EMAIL, platformRoles: [], activeCompany: { siren: DEMO_CREDITOR_SIREN, role: MemberRole.OWNER, suspended: false } };
    const [moderatorRow] = (await dataSource.query(`SELECT id FROM users WHERE email = $1`, [DEMO_STAFF[0].email])) as { id: string }[];
    const moderator: Actor = { userId: moderatorRow!.id, sessionId: 'seed-demo', email: DEMO_STAFF[0].email, platformRoles: [PlatformRole.MODERATOR], activeCompany: null };
    const claims = app.get(CompanyClaimsService);
    const claim = await claims.claim(creditor, { siren: DEMO_CREDITOR_SIREN, method: 'MODERATOR_REVIEW', note: 'Compte de démonstration.' });
    await claims.decide(moderator, { claimId: claim.id, approve: true, reason: 'Compte de démonstration vérifié par le jeu de données.' });
    await app.get(RecommendationsService).recommend(creditor, debtors[7 % debtors.length]!.siren, 'Client fiable : nos factures sont réglées sans relance.');
    console.log(`Demo creditor ${DEMO_EMAIL} created with ${plan.length} invoices, verified.`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
