/**
 * The two explanatory pages: how the score works (from scoring/README.md, in plain French, on the
 * site's 0–1000 scale) and the publication rules. Part of `fr` (see ../fr.ts).
 */

export interface ExplainSection {
  heading: string;
  paragraphs: readonly string[];
  points?: readonly string[];
}

export const explain = {
  score: {
    title: 'Comprendre le score payeur',
    lead:
      'Le score payeur résume, de 0 à 1000, la façon dont une entreprise paie ses fournisseurs. Il est calculé uniquement à partir de factures réelles déclarées par ses créanciers, et chaque point est expliqué à l’entreprise concernée.',
    gradesHeading: 'Les notes',
    grades: [
      { grade: 'A', range: '800 à 1000', text: 'Paie à l’échéance, confirmé par plusieurs créanciers.' },
      { grade: 'B', range: '650 à 799', text: 'Paie généralement à l’heure ; c’est aussi la note d’une entreprise sans historique (700).' },
      { grade: 'C', range: '500 à 649', text: 'Retards fréquents ou notables.' },
      { grade: 'D', range: '350 à 499', text: 'Retards longs et répétés.' },
      { grade: 'E', range: '0 à 349', text: 'Impayés graves, souvent publiés après mise en demeure.' },
    ],
    sections: [
      {
        heading: 'Un point de départ neutre',
        paragraphs: [
          'Une entreprise sans historique démarre à 700 (note B) : en dessous de 800, réservé aux bons payeurs prouvés, pour qu’une société toute neuve ne passe jamais devant un payeur exemplaire — et qu’on ne gagne rien à recréer une société pour effacer son passé ; au-dessus de la note C, parce que l’inconnu n’est pas présumé mauvais.',
          'Avec le temps, les faits anciens comptent de moins en moins et le score revient doucement vers 700.',
        ],
      },
      {
        heading: 'Ce qui fait monter le score',
        paragraphs: ['Une facture payée à l’échéance ou avant ajoute des points ; un peu plus si elle est payée en avance, et un bonus si l’entreprise a réglé dès une relance courtoise.'],
        points: [
          'Jusqu’à 150 points pour des paiements à l’échéance, 80 points pour les paiements anticipés et les relances honorées.',
          'Jusqu’à 60 points de recommandations, et seulement de créanciers que l’entreprise a réellement payés.',
        ],
      },
      {
        heading: 'Ce qui le fait baisser',
        paragraphs: [
          'Un retard retire des points en proportion du nombre de jours et du montant : la moitié de la pénalité maximale à 30 jours de retard, les trois quarts à 60 jours. Une facture toujours impayée pèse plus lourd que la même facture finalement réglée : payer fait toujours remonter le score.',
          'Une facture impayée publiée après mise en demeure et validation par un modérateur pèse lourdement (jusqu’à 450 points) et ne s’efface que lentement ; payer la facture divise la pénalité par deux.',
        ],
      },
      {
        heading: 'Aucun créancier ne fait le score à lui seul',
        paragraphs: [
          'L’influence d’un même créancier est plafonnée à 35 % de chaque composante, quel que soit le nombre de factures qu’il déclare. Un retard isolé dans une longue relation de paiements ponctuels pèse peu.',
        ],
      },
      {
        heading: 'La fiabilité du score',
        paragraphs: [
          'À côté du score figure sa fiabilité, de 0 à 100 % : elle augmente avec le nombre de créanciers indépendants et de factures observées (au plus 35 % avec un seul créancier, 58 % avec deux, 73 % avec trois). En dessous de 40 %, le score n’est pas publié : « pas encore assez de données ».',
        ],
      },
      {
        heading: 'Transparent pour l’entreprise notée',
        paragraphs: [
          'Une entreprise qui a fait vérifier son rattachement voit, dans son espace, chaque facture et chaque événement qui ont fait bouger son score, avec le nombre de points exact, et la liste des factures à régler en priorité pour remonter le plus vite.',
          'Elle peut répondre publiquement à une publication et contester une facture, preuves à l’appui : une contestation gagnée efface entièrement l’effet de la facture.',
        ],
      },
    ] satisfies readonly ExplainSection[],
  },
  rules: {
    title: 'Règles de publication',
    lead:
      'Une facture impayée n’apparaît sur la fiche publique d’une entreprise qu’au terme d’une procédure stricte, pensée pour ne publier que des dettes certaines et pour laisser à l’entreprise le temps de répondre.',
    sections: [
      {
        heading: 'Quand un créancier peut demander une publication',
        paragraphs: ['Toutes ces conditions doivent être réunies :'],
        points: [
          'le créancier a fait vérifier son rattachement à son entreprise ;',
          'la facture est échue, impayée et n’est pas contestée ;',
          'une mise en demeure a effectivement été envoyée, et le délai qu’elle laissait (8 jours par défaut) est écoulé ;',
          'la facture n’est pas déjà publiée ou en attente de publication.',
        ],
      },
      {
        heading: 'La décision d’un modérateur',
        paragraphs: [
          'Chaque demande est examinée par un modérateur de Bonpayeur, qui consulte les pièces et l’historique des relances, puis approuve ou refuse en motivant sa décision. Un modérateur ne décide jamais d’un dossier qui concerne sa propre entreprise. Pour un créancier dont plusieurs demandes ont déjà été infirmées, deux modérateurs différents doivent approuver.',
          'Toutes les décisions sont conservées dans un journal d’audit qui ne peut être ni modifié ni effacé.',
        ],
      },
      {
        heading: 'Le droit de réponse de l’entreprise',
        paragraphs: [
          'L’entreprise concernée est prévenue et dispose d’un délai (7 jours par défaut) pour répondre avant toute approbation. Elle peut publier une réponse, affichée à côté de la facture, et contester la facture en joignant ses preuves ; une contestation ouverte suspend la demande jusqu’à la décision d’un modérateur.',
        ],
      },
      {
        heading: 'Ce qui est publié',
        paragraphs: [
          'Le nom du créancier, le montant, la date d’échéance, la déclaration du créancier et la réponse de l’entreprise. Jamais de donnée personnelle d’un particulier : pour un entrepreneur individuel, seul un nom commercial ou une mention neutre apparaît.',
        ],
      },
      {
        heading: 'Après la publication',
        paragraphs: ['Une publication n’est pas définitive :'],
        points: [
          'facture payée : la publication est marquée « réglée » et son poids dans le score est divisé par deux ;',
          'le créancier peut la retirer à tout moment ;',
          'un modérateur la supprime si une contestation est reconnue fondée : elle n’a alors plus aucun effet sur le score.',
        ],
      },
    ] satisfies readonly ExplainSection[],
  },
} as const;
