/** Texts of the creditor space (/espace). Part of `fr` (see ../fr.ts). */
export const creditor = {
  space: 'Espace créancier',
  nav: {
    label: 'Navigation de l’espace créancier',
    dashboard: 'Tableau de bord',
    invoices: 'Factures',
    debtorRequests: 'Demandes des débiteurs',
    scenarios: 'Scénarios',
    wallet: 'Jetons',
    team: 'Équipe',
  },
} as const;
