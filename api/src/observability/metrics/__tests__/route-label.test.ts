import { describe, expect, it } from 'vitest';
import { routeLabel } from '../route-label.js';

describe('routeLabel', () => {
  it('names the routes the API serves', () => {
    expect(routeLabel('/graphql')).toBe('/graphql');
    expect(routeLabel('/health/ready')).toBe('/health/ready');
    expect(routeLabel('/webhooks/twilio/status?x=1')).toBe('/webhooks/twilio');
    expect(routeLabel('/admin/queues/api/queues')).toBe('/admin/queues');
  });

  it('folds everything else (web app files, scanners) into one label', () => {
    expect(routeLabel('/wp-login.php')).toBe('other');
    expect(routeLabel('/health/../../etc/passwd')).toBe('other');
    expect(routeLabel('/assets/index-abc123.js')).toBe('other');
  });
});
