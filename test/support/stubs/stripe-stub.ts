import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the Stripe SDK sent, with its form body decoded into bracketed keys. */
export interface RecordedStripeRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** e.g. `line_items[0][price_data][unit_amount]` → '3000'. */
  form: Record<string, string>;
}

export interface StripeStub {
  /** Base URL for STRIPE_API_BASE. */
  url: string;
  requests: RecordedStripeRequest[];
  /** Makes the next checkout-session creations answer 500 (Stripe's error shape). */
  failNext(count: number): void;
  close(): Promise<void>;
}

/**
 * A stand-in for api.stripe.com on 127.0.0.1: records every request and answers
 * `POST /v1/checkout/sessions` with a checkout session shaped like Stripe's.
 */
export async function startStripeStub(): Promise<StripeStub> {
  const requests: RecordedStripeRequest[] = [];
  let failures = 0;
  let counter = 0;

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const form = Object.fromEntries(new URLSearchParams(body));
      const path = (req.url ?? '/').split('?')[0]!;
      requests.push({ method: req.method ?? 'GET', path, headers: req.headers, form });
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_stub_${counter}` });
        res.end(JSON.stringify(payload));
      };

      if (req.method === 'POST' && path === '/v1/checkout/sessions') {
        if (failures > 0) {
          failures -= 1;
          return send(500, { error: { type: 'api_error', message: 'Stub failure' } });
        }
        counter += 1;
        const id = `cs_test_stub${counter.toString().padStart(6, '0')}`;
        const metadata = Object.fromEntries(
          Object.entries(form)
            .filter(([key]) => /^metadata\[[^\]]+\]$/.test(key))
            .map(([key, value]) => [key.slice('metadata['.length, -1), value]),
        );
        let amountTotal = 0;
        for (let i = 0; form[`line_items[${i}][price_data][unit_amount]`] !== undefined; i += 1) {
          amountTotal += Number(form[`line_items[${i}][price_data][unit_amount]`]) * Number(form[`line_items[${i}][quantity]`] ?? '1');
        }
        return send(200, {
          id,
          object: 'checkout.session',
          mode: form.mode ?? 'payment',
          status: 'open',
          payment_status: 'unpaid',
          amount_total: amountTotal,
          currency: form['line_items[0][price_data][currency]'] ?? 'eur',
          client_reference_id: form.client_reference_id ?? null,
          customer_email: form.customer_email ?? null,
          metadata,
          success_url: form.success_url ?? null,
          cancel_url: form.cancel_url ?? null,
          url: `https://checkout.stripe.com/c/pay/${id}`,
          livemode: false,
          created: Math.floor(Date.now() / 1000),
        });
      }
      return send(404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${req.method}: ${path})` } });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext: (count) => {
      failures = count;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
