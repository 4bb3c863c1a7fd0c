/**
 * Builds (or confirms) the bench data set on its own:
 *   npx tsc -b scoring api && npx tsx test/bench/support/build-dataset.ts [--companies=1000000] [--invoices=200000] [--name=bonpayeur_bench]
 */
import { ensureDataset } from './dataset.js';

function option(name: string): string | undefined {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg?.slice(name.length + 3);
}

const companies = option('companies');
const invoices = option('invoices');
const name = option('name');
ensureDataset({
  ...(companies ? { companies: Number(companies) } : {}),
  ...(invoices ? { invoices: Number(invoices) } : {}),
  ...(name ? { name } : {}),
}).then(
  (dataset) => console.log(JSON.stringify(dataset)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
