/** Texts of the frame around every page: header, menus, spaces. Part of `fr` (see ../fr.ts). */
export const layout = {
  menu: 'Menu',
  publicNav: 'Navigation principale',
  spacesNav: 'Mes espaces',
  howScoreWorks: 'Comprendre le score',
  publicationRules: 'Règles de publication',
  signedInAs: (name: string) => `Connecté : ${name}`,
  forbiddenSpaceTitle: 'Accès réservé',
  forbiddenSpaceText: 'Votre compte n’a pas accès à cet espace.',
} as const;
