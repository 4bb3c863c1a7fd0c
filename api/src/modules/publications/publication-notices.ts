import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { CompanyVerification } from '../claims/company-verification.js';
import { NotificationOutbox } from '../notifications/notification-outbox.js';
import { formatEuros, formatFrenchDate } from '../reminders/domain/french-format.js';
import { PublicationRow } from './publication-reads.js';

type Notice = 'REQUESTED' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN' | 'REMOVED';

/**
 * Who hears about a publication, through the notification outbox (never sent from the request):
 * the debtor's side = the creditor's contacts at the debtor + the debtor's verified members; the
 * creditor's side = its verified members. Both hear every decision with its reason.
 */
@Injectable()
export class PublicationNotices {
  constructor(
    private readonly outbox: NotificationOutbox,
    private readonly verification: CompanyVerification,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(manager: EntityManager, notice: Notice, publication: PublicationRow, reason: string | null): Promise<void> {
    const debtorSide = await this.debtorSide(manager, publication);
    const creditorSide = notice === 'REQUESTED' ? [] : await this.verification.verifiedMemberEmails(manager, publication.creditor_siren);
    const link = `${this.config.publicWebUrl}/publications/${publication.id}`;
    const what = `la facture ${publication.invoice_number} de ${formatEuros(Number(publication.amount_cents), publication.currency)} (échue le ${formatFrenchDate(publication.due_date)}) de ${publication.creditor_name} à ${publication.debtor_name}`;
    const because = reason ? `\nMotif : ${reason}\n` : '';
    const texts: Record<Notice, { subject: string; body: string }> = {
      REQUESTED: {
        subject: `Demande de publication d'une facture impayée – ${publication.debtor_name}`,
        body: `Bonjour,\n\n${publication.creditor_name} demande la publication sur Bonpayeur de ${what}, restée impayée après mise en demeure.\n\nAvant toute décision de notre équipe de modération, vous pouvez répondre publiquement, contester la facture avec vos justificatifs, ou la régler. Vous avez jusqu'au ${frenchDateTime(publication.answer_until)} pour le faire.\n\nRépondre ou contester : ${link}\n\nBonpayeur`,
      },
      APPROVED: { subject: `Publication approuvée – facture ${publication.invoice_number}`, body: `Bonjour,\n\nLa modération a approuvé la publication de ${what} sur le profil public.\n${because}\nDétails : ${link}\n\nBonpayeur` },
      REJECTED: { subject: `Publication refusée – facture ${publication.invoice_number}`, body: `Bonjour,\n\nLa modération a refusé la publication de ${what}.\n${because}\nDétails : ${link}\n\nBonpayeur` },
      WITHDRAWN: { subject: `Demande de publication retirée – facture ${publication.invoice_number}`, body: `Bonjour,\n\nLa publication de ${what} a été retirée par le créancier.\n${because}\nBonpayeur` },
      REMOVED: { subject: `Publication retirée par la modération – facture ${publication.invoice_number}`, body: `Bonjour,\n\nLa modération a retiré la publication de ${what} ; elle n'a plus aucun effet sur le score.\n${because}\nBonpayeur` },
    };
    const { subject, body } = texts[notice];
    await this.outbox.enqueue(
      manager,
      [...debtorSide, ...creditorSide].map((to) => ({ kind: `PUBLICATION_${notice}`, to, subject, body, subjectType: 'PUBLICATION', subjectId: publication.id })),
    );
  }

  private async debtorSide(manager: EntityManager, publication: PublicationRow): Promise<string[]> {
    const contacts = (await manager.query(
      `SELECT DISTINCT lower(email) AS email FROM contacts WHERE creditor_siren = $1 AND debtor_siren = $2 AND email IS NOT NULL ORDER BY 1`,
      [publication.creditor_siren, publication.debtor_siren],
    )) as { email: string }[];
    return [...contacts.map((row) => row.email), ...(await this.verification.verifiedMemberEmails(manager, publication.debtor_siren))];
  }
}

function frenchDateTime(date: Date): string {
  return new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long', timeStyle: 'short' }).format(date);
}
