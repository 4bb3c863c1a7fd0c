/** Plain French explanations of contributions. */

function days(n: number): string {
  return n === 1 ? '1 jour' : `${n} jours`;
}

export function paidLabel(daysLate: number): string {
  if (daysLate === 0) return "Facture payée à l'échéance";
  if (daysLate < 0) return `Facture payée ${days(-daysLate)} avant l'échéance`;
  return `Facture payée ${days(daysLate)} après l'échéance`;
}

export function overdueLabel(daysLate: number): string {
  return `Facture impayée, en retard de ${days(daysLate)}`;
}

export function earlyLabel(daysEarly: number): string {
  return `Bonus : paiement anticipé de ${days(daysEarly)}`;
}

export const GOOD_REMINDER_LABEL = 'Bonus : facture payée à temps après un rappel courtois';

export function publicationLabel(settled: boolean): string {
  return settled
    ? 'Facture publiée sur BADPayeur, réglée depuis'
    : 'Facture impayée publiée sur BADPayeur';
}

export function recommendationLabel(recommenderScore: number | null): string {
  return recommenderScore === null
    ? "Recommandation d'un créancier payé (recommandeur sans score)"
    : `Recommandation d'un créancier payé (score du recommandeur : ${Math.round(recommenderScore)})`;
}
