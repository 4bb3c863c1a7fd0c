import { randomInt } from 'node:crypto';

/** A random SIREN that passes the Luhn check, as every real SIREN does. */
export function randomSiren(): string {
  const body = Array.from({ length: 8 }, () => randomInt(10)).join('');
  for (let check = 0; check < 10; check++) {
    const candidate = `${body}${check}`;
    let sum = 0;
    for (let i = 0; i < 9; i++) {
      let digit = Number(candidate[8 - i]);
      if (i % 2 === 1) {
        digit *= 2;
        if (digit > 9) digit -= 9;
      }
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable: one check digit always fits');
}

/** YYYY-MM-DD for today + `days` (UTC; tests keep a margin of several days around "today"). */
export function isoDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The Paris date and hour now. */
export function parisNow(): { date: string; hour: number } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' }).formatToParts(new Date());
  const get = (type: string) => parts.find((part) => part.type === type)!.value;
  return { date: `${get('year')}-${get('month')}-${get('day')}`, hour: Number(get('hour')) };
}

/** YYYY-MM-DD + `days`. */
export const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A due date whose classic scenario's first step (J-7, e-mail at 09:00 Paris) is sent at once by the
 * real-clock dispatcher: it is sent when its time passed less than 24 h ago, so J-7 is today from
 * 09:00, yesterday before.
 */
export function dueDateForFirstStepNow(): string {
  const { date, hour } = parisNow();
  return addDays(hour >= 9 ? date : addDays(date, -1), 7);
}

/**
 * A minimal GraphQL caller with its own cookie, used only to seed data through the public API
 * (the same way a creditor would), never to assert on what the page shows.
 */
export class SeedClient {
  private cookie = '';

  constructor(private readonly apiUrl: string) {}

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookies = response.headers.getSetCookie();
    if (setCookies.length > 0) this.cookie = setCookies.map((c) => c.split(';')[0]).join('; ');
    const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length) {
      const [first] = body.errors;
      throw new Error(`seeding failed: ${first?.extensions?.code ?? '?'} ${first?.message ?? ''}`);
    }
    return body.data as T;
  }
}

export interface SeededCreditor {
  email: string;
  password: string;
  fullName: string;
  companyName: string;
  debtorSiren: string;
  debtorName: string;
  invoiceCount: number;
  paidCount: number;
}

/**
 * A creditor of its own with `invoiceCount` invoices to one debtor whose name is unique to this
 * run (so a search for it finds exactly that company), the first `paidCount` of them paid.
 */
export async function seedCreditor(apiUrl: string, run: string, invoiceCount = 23, paidCount = 2): Promise<SeededCreditor> {
  const client = new SeedClient(apiUrl);
  const seeded: SeededCreditor = {
    email: `navigateur-${run.toLowerCase()}@example.test`,
    password: `Mot-de-passe-${run}-solide`,
    fullName: 'Camille Essai',
    companyName: `TRANSPORTS ESSAI ${run}`,
    debtorSiren: randomSiren(),
    debtorName: `BOULANGERIE ESSAI ${run}`,
    invoiceCount,
    paidCount,
  };
  await client.request(
    `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { id } }`,
    {
      input: {
        email: seeded.email,
        password: seeded.password,
        fullName: seeded.fullName,
        companySiren: randomSiren(),
        companyName: seeded.companyName,
      },
    },
  );
  // signUp may or may not open a session: log in explicitly so the seeding does not depend on it.
  await client.request(`mutation LogIn($input: LogInInput!) { logIn(input: $input) { id } }`, {
    input: { email: seeded.email, password: seeded.password },
  });
  for (let i = 0; i < invoiceCount; i++) {
    const { createInvoice } = await client.request<{ createInvoice: { id: string } }>(
      `mutation CreateInvoice($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }`,
      {
        input: {
          debtorSiren: seeded.debtorSiren,
          debtorName: seeded.debtorName,
          number: `ESSAI-${run}-${String(i + 1).padStart(3, '0')}`,
          amountCents: 123_456 + i,
          currency: 'EUR',
          issueDate: isoDate(-60 + i),
          dueDate: isoDate(-30 + i),
        },
      },
    );
    if (i < paidCount) {
      await client.request(`mutation MarkPaid($input: MarkInvoicePaidInput!) { markInvoicePaid(input: $input) { id } }`, {
        input: { id: createInvoice.id, paidAt: isoDate(-10) },
      });
    }
  }
  return seeded;
}
