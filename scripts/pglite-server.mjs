// Embedded PostgreSQL (PGlite) for machines without a PostgreSQL server: development and demo only.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const [dataDir, port] = process.argv.slice(2);
const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
// The pg pool opens several connections; PGlite serialises them, which is fine for a demo.
const server = new PGLiteSocketServer({ db, port: Number(port), host: '127.0.0.1', maxConnections: 32 });
await server.start();
console.log(`Embedded PostgreSQL (PGlite) listening on 127.0.0.1:${port}, data in ${dataDir}`);
const stop = async () => {
  await server.stop();
  await db.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
