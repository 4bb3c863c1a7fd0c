import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A payment plan's run now carries its instalments as steps (ScenarioStep.onDate), so a pause, a
 * resume or a new due date plan them again like any run's; a run with no steps planned nothing and
 * lost the remaining instalment reminders. Runs of plans accepted before this migration get their
 * steps, as instalmentSteps (api/src/modules/debtor-link/domain/payment-plan.ts) wrote them at the
 * time: the channel their messages used (else the contact's e-mail, else its phone), amounts in
 * euros as those messages said. The texts below are a frozen copy (a migration does not follow the
 * code); test/integration/debtor-link/plan-run-steps-migration.test.ts compares them with the code's.
 * A run a pause already emptied (COMPLETED, NOTHING_LEFT) is not revived here. No schema change.
 */
const EMAIL_SUBJECT = 'Facture {{invoiceNumber}} : %LABEL%';
const EMAIL_BODY =
  "Bonjour,\n\nComme convenu avec {{creditorName}}, l'%LABEL% de la facture {{invoiceNumber}} est à régler aujourd'hui.\nPayer à la date prévue préserve votre score Bonpayeur : {{paymentLink}}\n\n{{legalFooter}}";
const SMS_BODY = "{{creditorName}} : %LABEL% de la facture {{invoiceNumber}} a regler aujourd'hui. {{paymentLink}}";

export class PaymentPlanRunSteps1764000024000 implements MigrationInterface {
  name = 'PaymentPlanRunSteps1764000024000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `WITH targets AS (
         SELECT p.run_id, p.instalments,
                coalesce((SELECT m.channel FROM reminder_messages m WHERE m.run_id = p.run_id ORDER BY m.created_at, m.step_index LIMIT 1),
                         CASE WHEN c.email IS NOT NULL THEN 'EMAIL' WHEN c.phone IS NOT NULL THEN 'SMS' END) AS channel
           FROM payment_plans p
           JOIN reminder_runs r ON r.id = p.run_id
           JOIN invoices i ON i.id = p.invoice_id
           LEFT JOIN contacts c ON c.id = i.contact_id
          WHERE jsonb_array_length(coalesce(r.scenario->'steps', '[]'::jsonb)) = 0
       ), steps AS (
         SELECT t.run_id, jsonb_agg(jsonb_build_object(
                  'offsetDays', 0,
                  'onDate', e.value->>'dueDate',
                  'channel', t.channel,
                  'tone', 'GOOD',
                  'subject', replace($1, '%LABEL%', l.label),
                  'body', replace(CASE WHEN t.channel = 'EMAIL' THEN $2 ELSE $3 END, '%LABEL%', l.label),
                  'deadlineDays', NULL,
                  'requiresApproval', false) ORDER BY e.ordinality) AS steps
           FROM targets t
           CROSS JOIN LATERAL jsonb_array_elements(t.instalments) WITH ORDINALITY AS e(value, ordinality)
           CROSS JOIN LATERAL (SELECT 'échéance ' || e.ordinality || '/' || jsonb_array_length(t.instalments) || ' de '
                                      || replace(replace(to_char((e.value->>'amountCents')::bigint / 100.0, 'FM999,999,999,990.00'), ',', ' '), '.', ',') || ' €'
                                      || ' (' || to_char((e.value->>'dueDate')::date, 'DD/MM/YYYY') || ')' AS label) l
          WHERE t.channel IS NOT NULL
          GROUP BY t.run_id
       )
       UPDATE reminder_runs r SET scenario = jsonb_set(r.scenario, '{steps}', s.steps) FROM steps s WHERE r.id = s.run_id`,
      [EMAIL_SUBJECT, EMAIL_BODY, SMS_BODY],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE reminder_runs SET scenario = jsonb_set(scenario, '{steps}', '[]'::jsonb) WHERE scenario_id = 'payment-plan'`);
  }
}
