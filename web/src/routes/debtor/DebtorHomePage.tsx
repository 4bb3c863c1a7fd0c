import { Link, useSearchParams } from 'react-router-dom';
import { MyClaims } from '../../features/claims/components/MyClaims';
import { useSession } from '../../features/auth/hooks/use-session';
import { MyScore } from '../../features/debtor/components/MyScore';
import { fr } from '../../i18n/fr';
import { useDocumentTitle } from '../../lib/use-document-title';

/** The verified member's company score (a choice when it speaks for several), or the way to claim one. */
export function DebtorHomePage() {
  const t = fr.debtor.home;
  useDocumentTitle(t.title);
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const verified = me?.memberships.filter((m) => m.verified) ?? [];
  const current = verified.find((m) => m.siren === params.get('siren')) ?? verified[0];

  if (!current) {
    return (
      <div className="page">
        <h1 className="page__title">{t.title}</h1>
        <div className="empty card">
          <p className="empty__text">{t.noVerified}</p>
          <p className="muted">{t.noVerifiedHint}</p>
          <Link className="button button--primary" to="/mon-entreprise/revendiquer">
            {t.claimAction}
          </Link>
        </div>
        <MyClaims />
      </div>
    );
  }

  return (
    <div className="page">
      <header className="page__header page__header--row">
        <h1 className="page__title">{current.name}</h1>
        <Link to={`/entreprises/${current.siren}`}>{t.publicPage}</Link>
      </header>
      {verified.length > 1 ? (
        <div className="field field--inline">
          <label htmlFor="debtor-company">{t.pickCompany}</label>
          <select id="debtor-company" value={current.siren} onChange={(e) => setParams({ siren: e.target.value })}>
            {verified.map((m) => (
              <option key={m.siren} value={m.siren}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <MyScore siren={current.siren} companyName={current.name} />
    </div>
  );
}
