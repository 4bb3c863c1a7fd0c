/** A bounded label for an HTTP path, so a scanner trying random URLs cannot blow up the series count. */
export function routeLabel(path: string): string {
  const clean = path.split('?')[0] ?? '';
  if (clean === '/graphql') return '/graphql';
  if (clean === '/metrics') return '/metrics';
  if (clean.startsWith('/health')) return clean === '/health' || clean === '/health/live' || clean === '/health/ready' ? clean : 'other';
  const webhook = /^\/webhooks\/(stripe|sendgrid|twilio)\b/.exec(clean);
  if (webhook) return `/webhooks/${webhook[1]}`;
  if (clean.startsWith('/admin/queues')) return '/admin/queues';
  return 'other';
}
