import { ScenarioDefinition, ScenarioStep } from './scenario.js';

/**
 * Scenarios shipped with the product, defined in code with stable ids (never stored: a wording fix
 * ships with the code, and each run keeps its own snapshot). SMS texts avoid characters outside the
 * GSM-7 alphabet (ê, ç, typographic quotes…) so each stays within 2 segments.
 */
const email = (offsetDays: number, tone: ScenarioStep['tone'], subject: string, body: string, deadlineDays: number | null = null): ScenarioStep => ({
  offsetDays,
  channel: 'EMAIL',
  tone,
  subject,
  body,
  deadlineDays,
});
const sms = (offsetDays: number, tone: ScenarioStep['tone'], body: string): ScenarioStep => ({ offsetDays, channel: 'SMS', tone, subject: '', body, deadlineDays: null });

const THANKS_EMAIL = email(
  0,
  'THANKS',
  'Merci pour votre règlement – facture {{invoiceNumber}}',
  `Bonjour {{clientName}},

Nous avons bien reçu le règlement de la facture {{invoiceNumber}} ({{amount}}). Merci ! Chaque paiement enregistré compte pour votre score Bonpayeur.

Cordialement,
{{creditorName}}

{{legalFooter}}`,
);

export const DEFAULT_THANKS_STEP: ScenarioStep = THANKS_EMAIL;

const ULTIMATUM_BODY = `Bonjour {{clientName}},

Malgré nos relances, la facture {{invoiceNumber}} de {{amount}}, échue le {{dueDate}}, reste impayée depuis {{daysLate}} jours.

Nous vous mettons en demeure de la régler avant le {{deadlineDate}}, majorée des pénalités de retard et de l'indemnité forfaitaire, soit {{latePenalties}} à ce jour.

Sans règlement à cette date, cette facture pourra être publiée sur votre profil public Bonpayeur, après examen par notre équipe de modération.

Régler maintenant : {{paymentLink}}

{{creditorName}}

{{legalFooter}}`;

export const BUILT_IN_SCENARIOS: readonly ScenarioDefinition[] = [
  {
    id: 'builtin-classic',
    name: 'Le classique Bonpayeur',
    description: 'Encouragement avant l\'échéance, rappels fermes ensuite, mise en demeure à J+30.',
    steps: [
      email(
        -7,
        'GOOD',
        'Facture {{invoiceNumber}} : payez à temps et gagnez un bonus sur votre score',
        `Bonjour {{clientName}},

La facture {{invoiceNumber}} de {{amount}} arrive à échéance le {{dueDate}}. Payez à temps et gagnez un bonus sur votre score Bonpayeur : les entreprises qui paient à l'heure le font savoir.

Régler en ligne : {{paymentLink}}

Merci,
{{creditorName}}

{{legalFooter}}`,
      ),
      email(
        0,
        'GOOD',
        "Facture {{invoiceNumber}} : c'est aujourd'hui",
        `Bonjour {{clientName}},

La facture {{invoiceNumber}} de {{amount}} est à régler aujourd'hui, {{dueDate}}. Un paiement aujourd'hui compte comme un paiement à l'heure et améliore votre score Bonpayeur.

Régler en ligne : {{paymentLink}}

Merci,
{{creditorName}}

{{legalFooter}}`,
      ),
      sms(0, 'GOOD', "{{creditorName}} : la facture {{invoiceNumber}} de {{amount}} est a regler aujourd'hui. Payez a l'heure, votre score Bonpayeur y gagne : {{paymentLink}}"),
      email(
        7,
        'BAD',
        'Facture {{invoiceNumber}} impayée : votre score Bonpayeur baisse',
        `Bonjour {{clientName}},

Sauf erreur de notre part, la facture {{invoiceNumber}} de {{amount}}, échue le {{dueDate}}, n'est pas réglée ({{daysLate}} jours de retard).

Chaque jour de retard pèse sur votre score Bonpayeur (malus). Les pénalités de retard et l'indemnité forfaitaire s'élèvent à {{latePenalties}} à ce jour.

Régler maintenant : {{paymentLink}}

{{creditorName}}

{{legalFooter}}`,
      ),
      sms(15, 'BAD', '{{creditorName}} : facture {{invoiceNumber}} ({{amount}}) impayee depuis {{daysLate}} jours. Votre score Bonpayeur baisse chaque jour. Reglez vite : {{paymentLink}}'),
      email(30, 'ULTIMATUM', 'Mise en demeure – facture {{invoiceNumber}}', ULTIMATUM_BODY, 8),
      THANKS_EMAIL,
    ],
  },
  {
    id: 'builtin-gentle',
    name: 'Grands comptes (en douceur)',
    description: 'Ton cordial, uniquement par e-mail ; mise en demeure tardive (J+45) avec 15 jours de délai.',
    steps: [
      email(
        -5,
        'GOOD',
        'Facture {{invoiceNumber}} : petite information avant échéance',
        `Bonjour {{clientName}},

Pour faciliter votre traitement, nous vous rappelons que la facture {{invoiceNumber}} de {{amount}} arrive à échéance le {{dueDate}}. Un paiement à l'heure est valorisé sur votre score Bonpayeur.

Lien de paiement : {{paymentLink}}

Bien cordialement,
{{creditorName}}

{{legalFooter}}`,
      ),
      email(
        10,
        'BAD',
        'Facture {{invoiceNumber}} : avez-vous pu la traiter ?',
        `Bonjour {{clientName}},

Nous n'avons pas encore reçu le règlement de la facture {{invoiceNumber}} de {{amount}}, échue le {{dueDate}}. Pouvez-vous nous indiquer où en est son traitement ? Un retard prolongé pèse sur votre score Bonpayeur.

Lien de paiement : {{paymentLink}}

Bien cordialement,
{{creditorName}}

{{legalFooter}}`,
      ),
      email(45, 'ULTIMATUM', 'Mise en demeure – facture {{invoiceNumber}}', ULTIMATUM_BODY, 15),
      THANKS_EMAIL,
    ],
  },
  {
    id: 'builtin-firm',
    name: 'Retardataires chroniques (ferme)',
    description: "Rappels rapprochés dès l'échéance, SMS à J+3 et J+10, mise en demeure à J+21 avec 8 jours de délai.",
    steps: [
      email(
        -3,
        'GOOD',
        'Facture {{invoiceNumber}} : échéance le {{dueDate}}',
        `Bonjour {{clientName}},

La facture {{invoiceNumber}} de {{amount}} est à régler au plus tard le {{dueDate}}. Un paiement à l'heure vous fait gagner un bonus sur votre score Bonpayeur.

Régler en ligne : {{paymentLink}}

{{creditorName}}

{{legalFooter}}`,
      ),
      sms(3, 'BAD', '{{creditorName}} : facture {{invoiceNumber}} ({{amount}}) en retard de {{daysLate}} jours. Malus en cours sur votre score Bonpayeur. Reglez : {{paymentLink}}'),
      email(
        7,
        'BAD',
        'Facture {{invoiceNumber}} en retard : pénalités applicables',
        `Bonjour {{clientName}},

La facture {{invoiceNumber}} de {{amount}}, échue le {{dueDate}}, est en retard de {{daysLate}} jours. Les pénalités et l'indemnité forfaitaire s'élèvent à {{latePenalties}} à ce jour, et votre score Bonpayeur subit un malus.

Régler maintenant : {{paymentLink}}

{{creditorName}}

{{legalFooter}}`,
      ),
      sms(10, 'BAD', '{{creditorName}} : dernier rappel avant mise en demeure pour la facture {{invoiceNumber}} ({{amount}}). Reglez : {{paymentLink}}'),
      email(21, 'ULTIMATUM', 'Mise en demeure – facture {{invoiceNumber}}', ULTIMATUM_BODY, 8),
      THANKS_EMAIL,
    ],
  },
];

export function findBuiltInScenario(id: string): ScenarioDefinition | undefined {
  return BUILT_IN_SCENARIOS.find((scenario) => scenario.id === id);
}
