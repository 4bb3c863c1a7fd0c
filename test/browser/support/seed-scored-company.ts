import { isoDate, randomSiren, SeedClient } from './seed';

export interface SeededAccount {
  email: string;
  password: string;
  fullName: string;
  client: SeedClient;
}

export async function signUp(apiUrl: string, run: string, label: string, company: { siren: string; name: string } | null): Promise<SeededAccount> {
  const client = new SeedClient(apiUrl);
  const account = { email: `${label}-${run.toLowerCase()}@example.test`, password: `Mot-de-passe-${run}-solide`, fullName: `${label} ${run}`, client };
  await client.request(`mutation SignUp($input: SignUpInput!) { signUp(input: $input) { id } }`, {
    input: {
      email: account.email,
      password: account.password,
      fullName: label === 'moderatrice' ? 'Modératrice Essai' : label === 'dirigeante' ? 'Dirigeante Essai' : `Compta ${label}`,
      ...(company ? { companySiren: company.siren, companyName: company.name } : {}),
    },
  });
  await client.request(`mutation LogIn($input: LogInInput!) { logIn(input: $input) { id } }`, {
    input: { email: account.email, password: account.password },
  });
  return account;
}

export interface ScoredCompany {
  siren: string;
  name: string;
  creditorNames: string[];
}

/**
 * A debtor with a real, published score: three creditors of their own, each with invoices spread
 * over the last ten months, mostly paid on time, one paid late and one still open and overdue.
 */
export async function seedScoredCompany(apiUrl: string, run: string): Promise<ScoredCompany> {
  const debtor = { siren: randomSiren(), name: `PATISSERIE NOTEE ${run}` };
  const creditorNames = ['A', 'B', 'C'].map((c) => `MINOTERIE ${c} ${run}`);
  for (const [index, creditorName] of creditorNames.entries()) {
    const { client } = await signUp(apiUrl, run, `creancier${index}`, { siren: randomSiren(), name: creditorName });
    for (let i = 0; i < 4; i++) {
      const due = -300 + i * 70 + index * 9;
      const { createInvoice } = await client.request<{ createInvoice: { id: string } }>(
        `mutation CreateInvoice($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }`,
        {
          input: {
            debtorSiren: debtor.siren,
            debtorName: debtor.name,
            number: `F-${index}${i}-${run}`,
            amountCents: 90_000 + i * 35_000,
            currency: 'EUR',
            issueDate: isoDate(due - 30),
            dueDate: isoDate(due),
          },
        },
      );
      const lastOfC = index === 2 && i === 3;
      if (lastOfC) continue; // still open, overdue: shows in the improvement plan
      const late = index === 1 && i === 2 ? 25 : -2;
      await client.request(`mutation MarkPaid($input: MarkInvoicePaidInput!) { markInvoicePaid(input: $input) { id } }`, {
        input: { id: createInvoice.id, paidAt: isoDate(due + late) },
      });
    }
  }
  return { ...debtor, creditorNames };
}
