/** Texts of the public company page (/entreprises/:siren). Part of `fr` (see ../fr.ts). */

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

export const profile = {
  gauge: {
    title: (value: string, grade: string) => `Score ${value} sur 1000, note ${grade}`,
    outOf: '/ 1000',
    confidenceLabel: 'Fiabilité du score',
    confidenceHint: 'Elle augmente avec le nombre de créanciers indépendants qui ont déclaré des factures.',
    provisional: 'Score provisoire',
  },
  /** What a grade means for someone about to extend credit, in one plain sentence. */
  meaning: {
    A: 'Cette entreprise paie ses fournisseurs à l’échéance, de façon confirmée par plusieurs créanciers : un client fiable.',
    B: 'Cette entreprise paie généralement à l’heure ; quelques retards ponctuels ou un historique encore court.',
    C: 'Cette entreprise paie souvent en retard : prévoyez des relances dès l’échéance.',
    D: 'Cette entreprise accumule des retards longs : demandez un acompte ou raccourcissez vos délais de paiement.',
    E: 'Cette entreprise a des impayés graves ou publiés : soyez très prudent avant de lui accorder un crédit.',
  } as Record<string, string>,
  meaningUnknown: 'Pas encore assez de factures déclarées par des créanciers différents pour juger cette entreprise.',
  trend: (direction: string, points: string) =>
    direction === 'UP'
      ? `En hausse de ${points} points sur 30 jours.`
      : direction === 'DOWN'
        ? `En baisse de ${points} points sur 30 jours.`
        : 'Stable sur les 30 derniers jours.',
  history: {
    heading: 'Évolution sur 12 mois',
    empty: 'L’historique s’affichera après quelques jours de calcul du score.',
    notPublished: 'L’évolution du score s’affichera dès que le score sera publié.',
    chartLabel: (from: string, to: string, first: string, last: string) =>
      `Évolution du score du ${from} au ${to} : de ${first} à ${last} sur 1000.`,
    tableToggle: 'Voir les valeurs mois par mois',
    tableCaption: 'Score en fin de mois',
    month: 'Mois',
    score: 'Score',
    grade: 'Note',
  },
  behaviour: {
    heading: 'Comportement de paiement',
    invoices: 'Factures déclarées',
    onTime: 'Payées à l’échéance',
    averageLate: 'Retard moyen',
    days: (d: string) => `${d} jours`,
    none: '—',
    invoicesCount: (n: string) => n,
    hint: 'Calculé sur les factures payées ou échues déclarées par les créanciers.',
  },
  recommendations: {
    heading: 'Recommandations',
    count: (n: number) => (n === 0 ? 'Aucune recommandation' : plural(n, '1 recommandation', `${n} recommandations`)),
    empty: 'Aucun créancier n’a encore recommandé cette entreprise.',
    by: 'Recommandée par',
    on: (date: string) => `le ${date}`,
  },
  publications: {
    heading: 'Factures impayées publiées',
    empty: 'Aucune facture impayée publiée : aucun créancier n’a obtenu de publication après mise en demeure.',
  },
  claim: {
    heading: 'Vous représentez cette entreprise ?',
    text: 'Faites-vous reconnaître pour consulter le détail de votre score, répondre aux publications et contester une facture.',
    action: 'Revendiquer cette entreprise',
  },
  howItWorks: 'Comment le score est-il calculé ?',
} as const;
