/** A logged-in creditor as `me` returns it: owner of one company. */
export const creditorMe = {
  id: 'u1',
  email: 'camille@example.fr',
  fullName: 'Camille Durand',
  platformRoles: [] as string[],
  activeCompany: { siren: '552100554', name: 'ACME', role: 'OWNER' },
  memberships: [{ siren: '552100554', name: 'ACME', role: 'OWNER', verified: false }],
};
