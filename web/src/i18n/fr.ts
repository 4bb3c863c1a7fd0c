/**
 * Every French text of the app, in one place (this file and the per-space files under ./fr/,
 * gathered here). Components never hold literal user-facing text:
 * they read it from here, so wording is reviewed (and one day translated) in a single file.
 */
import { creditor } from './fr/creditor';
import { debtor } from './fr/debtor';
import { debtorLink } from './fr/debtor-link';
import { debtorRequests } from './fr/debtor-requests';
import { explain } from './fr/explain';
import { dashboard } from './fr/dashboard';
import { invoicePages } from './fr/invoice-pages';
import { scenarios } from './fr/scenarios';
import { team } from './fr/team';
import { wallet } from './fr/wallet';
import { layout } from './fr/layout';
import { moderation } from './fr/moderation';
import { profile } from './fr/profile';
import { publications } from './fr/publications';

export const fr = {
  layout,
  creditor,
  profile,
  explain,
  dashboard,
  invoicePages,
  scenarios,
  wallet,
  team,
  debtor,
  debtorLink,
  debtorRequests,
  moderation,
  publications,
  app: {
    name: 'Bonpayeur',
    tagline: 'La réputation de paiement des entreprises',
    skipToContent: 'Aller au contenu',
    homeLink: 'Bonpayeur, accueil',
    mainNav: 'Navigation principale',
    footer: 'Bonpayeur — les scores sont calculés à partir des factures déclarées par les créanciers.',
    loading: 'Chargement…',
    documentTitle: (page: string) => `${page} · Bonpayeur`,
  },
  nav: {
    search: 'Rechercher',
    invoices: 'Mes factures',
    logIn: 'Se connecter',
    logOut: 'Se déconnecter',
    loggingOut: 'Déconnexion…',
    actingFor: (company: string) => `pour ${company}`,
  },
  home: {
    title: 'Rechercher une entreprise',
    heading: 'Votre client paie-t-il à l’heure ?',
    lead: 'Consultez gratuitement le score payeur de toute entreprise française, calculé à partir des factures réelles déclarées par ses fournisseurs.',
  },
  search: {
    label: 'Rechercher une entreprise par nom ou SIREN',
    placeholder: 'Ex. : Boulangerie Martin ou 552 100 554',
    hint: 'Les résultats s’affichent au fur et à mesure de la saisie.',
    tooShort: (min: number) => `Saisissez au moins ${min} caractères.`,
    searching: 'Recherche en cours…',
    resultsHeading: 'Résultats',
    count: (n: number) =>
      n === 0 ? 'Aucune entreprise trouvée' : n === 1 ? '1 entreprise trouvée' : `${formatCount(n)} entreprises trouvées`,
    shownOf: (shown: number) => `${formatCount(shown)} affichées`,
    noResults: (q: string) => `Aucune entreprise ne correspond à « ${q} ».`,
    noResultsHint: 'Vérifiez l’orthographe ou essayez avec le numéro SIREN (9 chiffres).',
    loadMore: 'Afficher plus de résultats',
    loadingMore: 'Chargement…',
    clear: 'Effacer la recherche',
  },
  company: {
    title: 'Entreprise',
    siren: 'SIREN',
    legalForm: 'Forme juridique',
    activityCode: 'Code d’activité (NAF)',
    city: 'Ville',
    createdOn: 'Date de création',
    status: 'État',
    active: 'En activité',
    closed: 'Cessée',
    unknownValue: 'Non renseigné',
    identity: 'Identité',
    scoreHeading: 'Score payeur',
    scoreOutOf: 'sur 1000',
    grade: (g: string) => `Note ${g}`,
    confidence: (pct: string) => `Indice de confiance : ${pct}`,
    notEnoughData: 'Pas encore assez de données',
    noScoreYet: 'Pas encore de score',
    notEnoughDataHint:
      'Le score sera publié dès que suffisamment de factures auront été déclarées par des créanciers différents.',
    scoreExplanation: '800 correspond à une entreprise qui paie à l’échéance ; plus le score est bas, plus les retards sont fréquents ou longs.',
    notFoundTitle: 'Entreprise introuvable',
    invalidSirenTitle: 'Numéro SIREN invalide',
    notFound: (siren: string) => `Aucune entreprise n’est enregistrée sous le SIREN ${siren}.`,
    backToSearch: 'Retour à la recherche',
    scoreLabel: (value: string, grade: string) => `Score payeur ${value} sur 1000, note ${grade}`,
    noScoreLabel: 'Score payeur : pas encore assez de données',
  },
  /**
   * INSEE "catégorie juridique" codes (what the API returns as `legalForm`) → the short labels
   * French readers know. Unlisted codes show as "Catégorie juridique NNNN".
   */
  legalForms: {
    '1000': 'Entrepreneur individuel',
    '5202': 'Société en nom collectif (SNC)',
    '5306': 'Société en commandite simple',
    '5410': 'SARL',
    '5485': 'SELARL',
    '5498': 'EURL',
    '5499': 'SARL',
    '5505': 'SA',
    '5510': 'SA',
    '5599': 'SA',
    '5699': 'SA à directoire',
    '5710': 'SAS',
    '5720': 'SASU',
    '5785': 'SELAS',
    '5800': 'Société européenne',
    '6220': 'GIE',
    '6540': 'SCI',
    '6599': 'Société civile',
    '9220': 'Association déclarée',
  } as Record<string, string | undefined>,
  legalFormCode: (code: string) => `Catégorie juridique ${code}`,
  logIn: {
    title: 'Connexion',
    heading: 'Connexion à votre espace',
    lead: 'Suivez vos factures et relancez vos clients.',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    submit: 'Se connecter',
    submitting: 'Connexion…',
    required: 'Renseignez votre adresse e-mail et votre mot de passe.',
    sessionExpired: 'Votre session a expiré. Reconnectez-vous pour continuer.',
  },
  invoices: {
    title: 'Mes factures',
    heading: 'Factures',
    subheading: (company: string) => `Factures émises par ${company}`,
    noCompany: 'Votre compte n’est rattaché à aucune entreprise : aucune facture à afficher.',
    filterLegend: 'Filtrer par statut',
    all: 'Toutes',
    filterOptions: { OPEN: 'En attente', PAID: 'Payées', DISPUTED: 'Contestées', CANCELLED: 'Annulées' },
    count: (n: number) => (n === 0 ? 'Aucune facture' : n === 1 ? '1 facture' : `${formatCount(n)} factures`),
    empty: 'Aucune facture pour ce filtre.',
    emptyAll: 'Vous n’avez encore déclaré aucune facture.',
    tableCaption: 'Liste des factures',
    columns: {
      number: 'N° de facture',
      debtor: 'Client',
      amount: 'Montant',
      issueDate: 'Émise le',
      dueDate: 'Échéance',
      status: 'Statut',
    },
    overdue: (days: number) => (days === 1 ? 'En retard d’1 jour' : `En retard de ${days} jours`),
    paidOn: (date: string) => `Payée le ${date}`,
    pagination: 'Pagination des factures',
  },
  pagination: {
    previous: 'Page précédente',
    next: 'Page suivante',
    page: (page: number, pages: number) => `Page ${page} sur ${pages}`,
  },
  status: {
    OPEN: 'En attente',
    PAID: 'Payée',
    DISPUTED: 'Contestée',
    CANCELLED: 'Annulée',
  },
  notFound: {
    title: 'Page introuvable',
    text: 'Cette page n’existe pas ou a été déplacée.',
    home: 'Retour à l’accueil',
  },
  errors: {
    title: 'Une erreur est survenue',
    retry: 'Réessayer',
    network: 'Impossible de joindre le serveur. Vérifiez votre connexion puis réessayez.',
    unavailable: 'Le service est momentanément indisponible. Réessayez dans quelques instants.',
    internal: 'Une erreur inattendue est survenue. Réessayez dans quelques instants.',
    rateLimited: 'Trop de tentatives. Patientez quelques instants avant de réessayer.',
    unauthenticated: 'Vous devez être connecté pour accéder à cette page.',
    forbidden: 'Vous n’avez pas accès à ces informations.',
    notFound: 'Cet élément est introuvable : il a peut-être été supprimé.',
    insufficientTokens: 'Votre solde de jetons est insuffisant. Achetez un pack pour continuer.',
    badInput: 'Certaines informations saisies ne sont pas valides. Vérifiez le formulaire.',
    conflict: 'Cette action n’est plus possible : la situation a changé entre-temps. Rechargez la page.',
  },
  action: {
    pending: 'Enregistrement en cours…',
    done: 'C’est enregistré.',
    dismiss: 'Fermer le message',
  },
} as const;

function formatCount(n: number): string {
  return new Intl.NumberFormat('fr-FR').format(n);
}
