/**
 * The baseline of the profile bench: a plain node:http server answering POST /graphql with the same
 * JSON as the API's `company(siren)` profile query, from ONE raw pg query (json built by
 * PostgreSQL). No framework, no GraphQL, no validation beyond reading the SIREN: the floor.
 *
 *   DATABASE_URL=… PORT=… node --import tsx test/bench/profile/raw-profile-server.ts
 */
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 4) });

/** Same fields, rounding and order as the API (ScoreReadsService.stats, RecommendationsService.ofCompany). */
export const PROFILE_SQL = `
SELECT json_build_object('data', json_build_object('company', json_build_object(
  'siren', c.siren, 'name', c.name, 'legalForm', c.legal_form, 'activityCode', c.activity_code, 'city', c.city,
  'active', c.active, 'createdOn', c.created_on::text,
  'score', (SELECT json_build_object('value', s.value, 'grade', s.grade, 'confidence', s.confidence, 'enoughData', s.enough_data,
                                     'trend', json_build_object('direction', s.trend_direction, 'delta', s.trend_delta))
              FROM company_scores s WHERE s.siren = c.siren),
  'stats', (SELECT json_build_object(
              'invoicesReported', count(*) FILTER (WHERE status <> 'CANCELLED'),
              'onTimeRate', round((count(*) FILTER (WHERE status = 'PAID' AND paid_at <= due_date))::numeric
                                  / nullif(count(*) FILTER (WHERE status = 'PAID' OR (status = 'OPEN' AND due_date < t.today)), 0), 3),
              'averageDaysLate', round(avg(CASE WHEN status = 'PAID' THEN GREATEST(paid_at - due_date, 0)
                                                WHEN status = 'OPEN' AND due_date < t.today THEN t.today - due_date END)::numeric, 1))
              FROM invoices, (SELECT (now() AT TIME ZONE 'Europe/Paris')::date AS today) t WHERE debtor_siren = c.siren),
  'recommendations', json_build_object(
     'totalCount', (SELECT count(*) FROM recommendations r WHERE r.debtor_siren = c.siren AND r.status = 'ACTIVE'),
     'edges', coalesce((SELECT json_agg(json_build_object('node', json_build_object(
                 'creditor', json_build_object('siren', r.creditor_siren, 'name', cr.name), 'message', r.message,
                 'createdAt', to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))) ORDER BY r.created_at DESC, r.id DESC)
               FROM (SELECT * FROM recommendations r WHERE r.debtor_siren = c.siren AND r.status = 'ACTIVE'
                      ORDER BY r.created_at DESC, r.id DESC LIMIT 3) r JOIN companies cr ON cr.siren = r.creditor_siren), '[]'::json))
))) AS body
FROM companies c WHERE c.siren = $1`;

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const siren = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables: { siren: string } }).variables.siren;
    pool.query({ name: 'profile', text: PROFILE_SQL, values: [siren] }).then(
      ({ rows }) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(rows[0] ? JSON.stringify(rows[0].body) : '{"data":{"company":null}}');
      },
      (error: unknown) => {
        res.writeHead(500);
        res.end(String(error));
      },
    );
  });
}).listen(Number(process.env.PORT), '127.0.0.1');
