import { useState } from 'react';
import { ActionFeedback } from '../../components/ActionFeedback';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { BUY_TOKEN_PACK_MUTATION } from '../../features/wallet/graphql/mutations/buy-token-pack.mutation';
import { WALLET_QUERY, type WalletPage as WalletData } from '../../features/wallet/graphql/queries/wallet.query';
import '../../features/wallet/components/wallet.css';
import { fr } from '../../i18n/fr';
import { formatMoney } from '../../lib/format';
import { formatDateTime } from '../../lib/format-date-time';
import { useAction } from '../../lib/use-action';
import { useApiQuery } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';

type Pack = WalletData['tokenPacks'][number];

function PackCard({ pack }: { pack: Pack }) {
  const t = fr.wallet.pack;
  const buy = useAction(BUY_TOKEN_PACK_MUTATION, {
    refetchQueries: ['WalletPage'],
    onSuccess: (data) => {
      // A real provider answers with its checkout page; the development one credits at once.
      if (!data.buyTokenPack.developmentMode) window.location.assign(data.buyTokenPack.checkoutUrl);
    },
  });
  const devDone = buy.status === 'success' && buy.data?.buyTokenPack.developmentMode;
  return (
    <li className="card pack">
      <h3 className="pack__name">{pack.name}</h3>
      <p className="pack__tokens">{t.tokens(pack.tokens)}</p>
      <p>{t.price(formatMoney(pack.totalCents), formatMoney(pack.priceCents))}</p>
      <p className="muted small">{t.unit(formatMoney(pack.unitPriceCents))}</p>
      <button
        type="button"
        className="button button--primary"
        disabled={buy.pending}
        aria-busy={buy.pending}
        aria-label={`${t.buy} : ${pack.name}`}
        onClick={() => void buy.run({ input: { packId: pack.id } })}
      >
        {buy.pending ? t.pending : t.buy}
      </button>
      <ActionFeedback action={buy} pending={t.pending} success={devDone ? t.doneDev : t.redirect} />
    </li>
  );
}

/** Balance, packs on sale, the ledger with its running balance, and the receipts of paid packs. */
export function WalletPage() {
  useDocumentTitle(fr.wallet.title);
  const t = fr.wallet;
  const [after, setAfter] = useState<string | null>(null);
  const query = useApiQuery(WALLET_QUERY, { after });
  const data = query.data;
  if (query.error) return <ErrorMessage message={query.error.userMessage} onRetry={query.refetch} />;
  if (!data) return <Loading />;
  const ledger = data.wallet.ledger;
  const receipts = data.receipts.edges.map((e) => e.node);
  return (
    <div className="page">
      <h1 className="page__title">{t.heading}</h1>
      <section className="card balance" aria-labelledby="balance-h">
        <h2 id="balance-h" className="balance__label">
          {t.balance}
        </h2>
        <p className="balance__value" aria-live="polite">
          {t.balanceValue(data.wallet.balance)}
        </p>
        <p className="muted small">{t.balanceHint}</p>
      </section>
      <section aria-labelledby="packs-h">
        <h2 id="packs-h" className="section-title">
          {t.packs}
        </h2>
        <ul className="packs">
          {data.tokenPacks.map((pack) => (
            <PackCard key={pack.id} pack={pack} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="ledger-h">
        <h2 id="ledger-h" className="section-title">
          {t.ledger}
        </h2>
        {ledger.edges.length === 0 ? (
          <p className="muted">{t.ledgerEmpty}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t.ledgerCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.columns.date}</th>
                  <th scope="col">{t.columns.reason}</th>
                  <th scope="col" className="num">
                    {t.columns.delta}
                  </th>
                  <th scope="col" className="num">
                    {t.columns.balance}
                  </th>
                </tr>
              </thead>
              <tbody>
                {ledger.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <th scope="row" data-label={t.columns.date} className="table__key">
                      {formatDateTime(node.createdAt)}
                    </th>
                    <td data-label={t.columns.reason}>
                      {t.reasons[node.reason] ?? node.reason}
                      {node.note ? <span className="table__note">{node.note}</span> : null}
                    </td>
                    <td data-label={t.columns.delta} className={`num ${node.delta > 0 ? 'delta--plus' : 'delta--minus'}`}>
                      {node.delta > 0 ? `+${node.delta}` : `−${-node.delta}`}
                    </td>
                    <td data-label={t.columns.balance} className="num">
                      {node.balanceAfter}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {ledger.pageInfo.hasNextPage ? (
          <button type="button" className="button button--secondary" onClick={() => setAfter(ledger.pageInfo.endCursor)}>
            {t.more}
          </button>
        ) : null}
      </section>
      <section aria-labelledby="receipts-h">
        <h2 id="receipts-h" className="section-title">
          {t.receipts}
        </h2>
        {receipts.length === 0 ? (
          <p className="muted">{t.receiptsEmpty}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t.receipts}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.receiptColumns.number}</th>
                  <th scope="col">{t.receiptColumns.date}</th>
                  <th scope="col">{t.receiptColumns.pack}</th>
                  <th scope="col" className="num">
                    {t.receiptColumns.exclVat}
                  </th>
                  <th scope="col" className="num">
                    {t.receiptColumns.vat}
                  </th>
                  <th scope="col" className="num">
                    {t.receiptColumns.total}
                  </th>
                </tr>
              </thead>
              <tbody>
                {receipts.map((r) => (
                  <tr key={r.purchaseId}>
                    <th scope="row" data-label={t.receiptColumns.number} className="table__key">
                      {r.number}
                    </th>
                    <td data-label={t.receiptColumns.date}>{formatDateTime(r.paidAt)}</td>
                    <td data-label={t.receiptColumns.pack}>{r.packName}</td>
                    <td data-label={t.receiptColumns.exclVat} className="num">
                      {formatMoney(r.amountExclVatCents, r.currency)}
                    </td>
                    <td data-label={t.receiptColumns.vat} className="num">
                      {formatMoney(r.vatCents, r.currency)}
                    </td>
                    <td data-label={t.receiptColumns.total} className="num">
                      {formatMoney(r.totalCents, r.currency)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
