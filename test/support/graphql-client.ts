/** A GraphQL-over-HTTP client with a cookie jar, as a browser would hold one. */
export interface GraphQLResult<T> {
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string; [key: string]: unknown } }[];
  status: number;
  headers: Headers;
}

export class GraphQLClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookieHeader() },
      body: JSON.stringify({ query, variables }),
    });
    for (const line of response.headers.getSetCookie()) this.storeCookie(line);
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLResult<T>['errors'] };
    return { data: body.data ?? null, ...(body.errors ? { errors: body.errors } : {}), status: response.status, headers: response.headers };
  }

  /** Runs the operation and fails loudly when it returns errors. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /** Runs the operation, expects exactly one error and returns its code and message. */
  async error(query: string, variables: Record<string, unknown> = {}): Promise<{ code: string | undefined; reason: string | undefined; message: string; extensions: Record<string, unknown> }> {
    const result = await this.request(query, variables);
    const first = result.errors?.[0];
    if (!first) throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
    return { code: first.extensions?.code, reason: first.extensions?.reason, message: first.message, extensions: first.extensions ?? {} };
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private storeCookie(line: string): void {
    const [pair] = line.split(';');
    const index = pair?.indexOf('=') ?? -1;
    if (!pair || index < 0) return;
    const name = pair.slice(0, index).trim();
    const value = pair.slice(index + 1).trim();
    if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line) || /max-age=0/i.test(line)) this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}
