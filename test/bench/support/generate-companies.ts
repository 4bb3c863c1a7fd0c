/**
 * A benchmark database of N SIRENE-like companies, built in SQL (generate_series) so 10 M rows take
 * minutes, not hours. Reusable by other benches:
 *
 *   const { databaseUrl } = await ensureCompaniesDatabase({ scale: 1_000_000 });
 *
 * The database is dropped and rebuilt (migrations run by the built CLI) unless it already holds
 * exactly `scale` companies. Names mix trades, surnames, places and legal suffixes with accents; the
 * search key of each word is computed here with the application's normalizeName, so search_name is
 * exactly what the importer would have written. SIRENs are unique and Luhn-valid.
 * Requires `npx tsc -b scoring api` first (it spawns api/dist/api/src/cli/migrate.js).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { normalizeName } from '../../../api/src/modules/companies/domain/normalize-name.js';

export const ADMIN_URL = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const TRADES = ['BOULANGERIE', 'PÂTISSERIE', 'BOUCHERIE', 'CHARCUTERIE', 'FROMAGERIE', 'ÉPICERIE', 'BRASSERIE', 'GARAGE', 'PHARMACIE', 'MENUISERIE', 'PLOMBERIE', 'ÉLECTRICITÉ', 'TRANSPORTS', 'CAFÉ', 'HÔTEL', 'IMPRIMERIE', 'CONSEIL', 'AGENCE', 'RESTAURANT', 'COIFFURE', 'FLEURISTE', 'LIBRAIRIE', 'CORDONNERIE', 'TOITURE', 'MAÇONNERIE', 'PEINTURE', 'CARROSSERIE', 'AMBULANCES', 'TAXI', 'OPTIQUE', 'BIJOUTERIE', 'QUINCAILLERIE', 'JARDINERIE', 'POISSONNERIE', 'CRÊPERIE', 'PIZZERIA', 'TRAITEUR', 'VITICULTURE', 'CAVE', 'LAVERIE', 'AUTO-ÉCOLE', 'INFORMATIQUE', 'IMMOBILIÈRE', 'NETTOYAGE', 'SÉCURITÉ', 'FORMATION', 'ARCHITECTURE', 'EXPERTISE COMPTABLE', 'CABINET', 'ATELIER', 'FERME', 'DOMAINE', 'CHÂTEAU', 'CLINIQUE', 'LABORATOIRE', 'DISTILLERIE', 'SCIERIE', 'TANNERIE', 'VERRERIE', 'FONDERIE'];
export const SURNAMES = ['MARTIN', 'BERNARD', 'DUBOIS', 'THOMAS', 'ROBERT', 'RICHARD', 'PETIT', 'DURAND', 'LEROY', 'MOREAU', 'SIMON', 'LAURENT', 'LEFÈVRE', 'MICHEL', 'GARCIA', 'DAVID', 'BERTRAND', 'ROUX', 'VINCENT', 'FOURNIER', 'MOREL', 'GIRARD', 'ANDRÉ', 'MERCIER', 'DUPONT', 'LAMBERT', 'BONNET', 'FRANÇOIS', 'MARTINEZ', 'LEGRAND', 'GAUTHIER', 'CHÂTELAIN', 'NOËL', 'CŒUR', 'GARNIER', 'FAURE', 'ROUSSEAU', 'BLANC', 'GUÉRIN', 'MULLER', 'HENRY', 'ROUSSEL', 'NICOLAS', 'PERRIN', 'MORIN', 'MATHIEU', 'CLÉMENT', 'GAUTIER', 'DUMONT', 'LOPEZ', 'FONTAINE', 'CHEVALIER', 'ROBIN', 'MASSON', 'SANCHEZ', 'BOYER', 'DENIS', 'LEMAIRE', 'DUVAL', 'JOLY', 'GIRAUD', 'BRUNET', 'SCHMITT', 'ROGER', 'ROCHE', 'ROY', 'NOEL', 'MEYER', 'LUCAS', 'MEUNIER', 'JEAN', 'PÉREZ', 'MARCHAND', 'DUFOUR', 'BLANCHARD', 'MARIE', 'BARBIER', 'BRUN', 'DUMAS', 'BRUNEL', 'SCHNEIDER', 'FERNANDEZ', 'HUBERT', 'LEBLANC', 'LEJEUNE', 'RENAUD', 'ARNAUD', 'COLIN', 'VIDAL', 'CARON', 'PICARD', 'ROGER', 'AUBERT', 'LEMOINE', 'RENARD', 'DUMOULIN', 'BÉRANGER', 'HÉBERT', 'LÉGER', 'CÔTÉ', 'BOUCHARD', 'GAGNON', 'PELLETIER', 'BÉLANGER', 'LÉVESQUE', 'BERGERON', 'LECLERC', 'LAVOIE', 'DESJARDINS', 'TREMBLAY', 'FORTIN', 'GAGNÉ', 'OUELLET', 'PARADIS', 'MÉNARD', 'POIRIER', 'DAIGLE', 'BOISVERT', 'CHARPENTIER', 'VASSEUR', 'LACROIX', 'HOARAU', 'PAYET', 'GRONDIN', 'LE GALL', 'LE ROUX', "D'ALMEIDA", 'N’GUYEN', 'DA SILVA', 'DE OLIVEIRA', 'KERGOAT', 'LE BIHAN', 'QUÉRÉ', 'ÉTIENNE', 'ÉMERY', 'ŒHMICHEN', 'BŒUF', 'MAËL', 'JOËL', 'ZOÉ', 'HÉLÈNE', 'JÉRÔME', 'ANAÏS'];
export const PLACES = ['DU MOULIN', 'DE LA GARE', "DE L'ÉGLISE", 'DU CENTRE', 'DES HALLES', 'DU PORT', 'SAINT-ÉTIENNE', 'DE LA CÔTE', 'DES ÉCOLES', 'DU MARCHÉ', 'DE PROVENCE', 'DU VIEUX-LYON', 'DES ALPES', "D'ARMOR", 'DE BRETAGNE', 'DU LÉMAN', 'DE PARIS', 'DE LYON', 'DE MARSEILLE', 'DE TOULOUSE', 'DE NICE', 'DE NANTES', 'DE STRASBOURG', 'DE MONTPELLIER', 'DE BORDEAUX', 'DE LILLE', 'DE RENNES', 'DE REIMS', 'DU HAVRE', 'DE SAINT-ÉTIENNE', 'DE TOULON', 'DE GRENOBLE', 'DE DIJON', "D'ANGERS", 'DE NÎMES', 'DE VILLEURBANNE', 'DU MANS', "D'AIX-EN-PROVENCE", 'DE CLERMONT-FERRAND', 'DE BREST', 'DE TOURS', "D'AMIENS", 'DE LIMOGES', 'DE PERPIGNAN', 'DE METZ', 'DE BESANÇON', 'DE BÉZIERS', 'DE CAEN', 'DE NANCY', "D'ORLÉANS", 'DE ROUEN', 'DE MULHOUSE', 'DE PAU', 'DE LA ROCHELLE', 'DE CHAMBÉRY', 'DE COLMAR', 'DE QUIMPER', 'DE SÈTE', 'DE VALENCIENNES', "D'ÉVRY", 'DU VAL-DE-MARNE', 'DE LA VALLÉE', 'DES TROIS-RIVIÈRES', 'DU LAC', 'DE LA PLAGE', 'DU BOURG', 'DE LA PLACE', 'DU CHÂTEAU', 'DES VIGNES', 'DU PLATEAU', 'DE LA FORÊT', 'DU LITTORAL', 'DE LA MONTAGNE', 'DES PINS', 'DU SUD', 'DU NORD', "DE L'EST", "DE L'OUEST", 'DE FRANCE', "D'OCCITANIE"];
export const SUFFIXES = ['ET FILS', '& ASSOCIÉS', 'FRÈRES', 'ET CIE', 'SERVICES', 'FRANCE', 'GROUPE', 'DISTRIBUTION', 'INDUSTRIE', 'HOLDING', 'ET FILLES', 'PÈRE ET FILS', 'CONSEIL', 'INVEST', 'GESTION', 'DÉVELOPPEMENT', 'PARTICIPATIONS', 'IMMOBILIER', 'INTERNATIONAL', 'PATRIMOINE'];
export const FORMS = ['SARL', 'SAS', 'EURL', 'SCI', 'SASU', 'SA', 'SNC', 'SCM', 'SELARL', 'GAEC'];
const LEGAL_FORMS = ['5710', '5499', '5710', '5498', '5720', '6540', '9220', '5599', '5202', '1000'];
const NAF = ['10.71C', '10.71D', '47.11B', '47.24Z', '56.10A', '56.30Z', '45.20A', '47.73Z', '43.22A', '49.41A', '70.22Z', '62.01Z', '68.20B', '41.20A'];

const sqlArray = (values: readonly string[]): string => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]::text[]`;

export function databaseUrlFor(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** pick(list, k): an element of `list` chosen by the k-th independent hash of g. */
function pick(list: string, k: number): string {
  return `(${list})[1 + (abs(hashint8extended(g, ${k})) % cardinality(${list}))::int]`;
}

/** name and search_name built from the same picks: the display words and their normalised twins. */
function nameExpressions(): { name: string; search: string } {
  const lists = { TRADES, SURNAMES, PLACES, SUFFIXES, FORMS };
  const d = Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, sqlArray(v)])) as Record<keyof typeof lists, string>;
  const n = Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, sqlArray(v.map(normalizeName))])) as Record<keyof typeof lists, string>;
  const build = (a: typeof d): string => `CASE abs(hashint8extended(g, 0)) % 10
      WHEN 0 THEN ${pick(a.TRADES, 1)} || ' ' || ${pick(a.PLACES, 2)}
      WHEN 1 THEN ${pick(a.TRADES, 1)} || ' ' || ${pick(a.PLACES, 2)}
      WHEN 2 THEN ${pick(a.TRADES, 1)} || ' ' || ${pick(a.SURNAMES, 3)} || ' ' || ${pick(a.PLACES, 2)}
      WHEN 3 THEN ${pick(a.TRADES, 1)} || ' ' || ${pick(a.SURNAMES, 3)}
      WHEN 4 THEN ${pick(a.TRADES, 1)} || ' ' || ${pick(a.SURNAMES, 3)} || ' ' || ${pick(a.SUFFIXES, 4)}
      WHEN 5 THEN ${pick(a.SURNAMES, 3)} || ' ' || ${pick(a.SUFFIXES, 4)}
      WHEN 6 THEN ${pick(a.SURNAMES, 3)} || ' ' || ${pick(a.SURNAMES, 5)} || ' ' || ${pick(a.SUFFIXES, 4)}
      WHEN 7 THEN ${pick(a.FORMS, 6)} || ' ' || ${pick(a.SURNAMES, 3)} || ' ' || ${pick(a.PLACES, 2)}
      WHEN 8 THEN ${pick(a.FORMS, 6)} || ' ' || ${pick(a.TRADES, 1)} || ' ' || ${pick(a.SURNAMES, 3)} || ' ' || ${pick(a.SURNAMES, 5)}
      ELSE ${pick(a.TRADES, 1)} || ' ' || ${pick(a.TRADES, 7)} || ' ' || ${pick(a.SURNAMES, 3)} || ' ' || ${pick(a.PLACES, 2)}
    END`;
  return { name: build(d), search: build(n) };
}

/** SIREN of row g: a bijection of 0..1e8-1 (7919 is prime to 10^8) plus the Luhn key. */
const LUHN_FUNCTION = `
CREATE OR REPLACE FUNCTION bench_siren(g bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  WITH b AS (SELECT lpad(((g * 7919 + 1234567) % 100000000)::text, 8, '0') AS base),
  s AS (SELECT base, (SELECT sum(CASE WHEN i % 2 = 0 THEN (2 * d) / 10 + (2 * d) % 10 ELSE d END)
                      FROM (SELECT i, substr(base, i, 1)::int AS d FROM generate_series(1, 8) i) x) AS total FROM b)
  SELECT base || ((10 - total % 10) % 10)::text FROM s
$$`;

async function count(url: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM companies');
    return rows[0]?.n ?? null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs the built migrate CLI: every pending migration (so a reused database gains new ones). */
function migrate(databaseUrl: string): void {
  const result = spawnSync(process.execPath, ['api/dist/api/src/cli/migrate.js'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`migrate failed: ${result.stderr || result.stdout}`);
}

export interface EnsureOptions {
  scale: number;
  name?: string;
  log?: (line: string) => void;
}

export async function ensureCompaniesDatabase(options: EnsureOptions): Promise<{ databaseUrl: string; generated: boolean }> {
  const name = options.name ?? 'bonpayeur_bench';
  const log = options.log ?? ((line: string) => console.log(line));
  const databaseUrl = databaseUrlFor(name);
  if ((await count(databaseUrl)) === options.scale) {
    log(`${name}: already holds ${options.scale.toLocaleString('en-US')} companies, reusing it (pending migrations applied)`);
    migrate(databaseUrl);
    return { databaseUrl, generated: false };
  }

  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();

  migrate(databaseUrl);

  const started = performance.now();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  await pool.query(LUHN_FUNCTION);
  // Indexes are built once at the end: much faster than maintaining them row by row.
  const { rows: indexes } = await pool.query<{ name: string; def: string }>(
    `SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE tablename = 'companies' AND indexname <> 'companies_pkey'`,
  );
  for (const index of indexes) await pool.query(`DROP INDEX ${index.name}`);

  const { name: nameExpr, search: searchExpr } = nameExpressions();
  const insert = `
    INSERT INTO companies (siren, name, search_name, legal_form, activity_code, city, active, created_on, source, sole_trader, updated_at)
    SELECT s.siren, s.name, s.search_name, s.legal_form, s.activity_code, NULL, s.active, s.created_on, 'SIRENE', s.legal_form = '1000', now()
    FROM (
      SELECT bench_siren(g) AS siren,
             CASE WHEN lf = '1000' THEN 'Entrepreneur individuel (SIREN ' || bench_siren(g) || ')' ELSE ${nameExpr} END AS name,
             CASE WHEN lf = '1000' THEN 'entrepreneur individuel siren ' || bench_siren(g) ELSE ${searchExpr} END AS search_name,
             lf AS legal_form,
             ${pick(sqlArray(NAF), 8)} AS activity_code,
             abs(hashint8extended(g, 9)) % 10 <> 0 AS active,
             DATE '1950-01-01' + (abs(hashint8extended(g, 10)) % 27000)::int AS created_on
      FROM generate_series($1::bigint, $2::bigint) AS g,
           LATERAL (SELECT ${pick(sqlArray(LEGAL_FORMS), 11)} AS lf) f
    ) s`;
  const chunk = 250_000;
  let done = 0;
  const chunks: [number, number][] = [];
  for (let start = 0; start < options.scale; start += chunk) chunks.push([start, Math.min(options.scale, start + chunk) - 1]);
  const workers = Array.from({ length: 2 }, async () => {
    for (let next = chunks.shift(); next; next = chunks.shift()) {
      await pool.query(insert, next);
      done += next[1] - next[0] + 1;
      log(`  ${done.toLocaleString('en-US')} / ${options.scale.toLocaleString('en-US')} rows (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  });
  await Promise.all(workers);

  log(`  building ${indexes.length} indexes…`);
  await Promise.all(
    indexes.map(async (index) => {
      const client = await pool.connect();
      try {
        await client.query(`SET maintenance_work_mem = '1GB'`);
        await client.query(index.def);
      } finally {
        client.release();
      }
    }),
  );
  // What the importer maintains batch by batch, built in one pass (the migration's backfill ran on an empty table).
  await pool.query(`
    INSERT INTO company_search_words (word, frequency)
    SELECT w.word, count(*)::int
    FROM companies c, LATERAL (SELECT DISTINCT unnest(string_to_array(c.search_name, ' ')) AS word) w
    WHERE w.word <> ''
    GROUP BY w.word`);
  // Index-only walks need the visibility map, and the planner fresh statistics, after a bulk load.
  await pool.query('VACUUM ANALYZE companies');
  await pool.query('VACUUM ANALYZE company_search_words');
  await pool.end();
  log(`${name}: generated ${options.scale.toLocaleString('en-US')} companies in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return { databaseUrl, generated: true };
}
