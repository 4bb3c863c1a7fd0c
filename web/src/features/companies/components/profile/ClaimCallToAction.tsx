import { Link } from 'react-router-dom';
import { fr } from '../../../../i18n/fr';

/** For the company's own people: the way to the debtor space, with this SIREN filled in. */
export function ClaimCallToAction({ siren }: { siren: string }) {
  return (
    <section className="card card--cta" aria-labelledby="claim-heading">
      <h2 id="claim-heading" className="card__title">
        {fr.profile.claim.heading}
      </h2>
      <p>{fr.profile.claim.text}</p>
      <Link className="button button--secondary" to={`/mon-entreprise/revendiquer?siren=${siren}`}>
        {fr.profile.claim.action}
      </Link>
    </section>
  );
}
