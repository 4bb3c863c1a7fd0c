import { Link } from 'react-router-dom';
import { fr } from '../i18n/fr';
import { useDocumentTitle } from '../lib/use-document-title';

export function NotFoundPage() {
  useDocumentTitle(fr.notFound.title);
  return (
    <div className="page page--narrow">
      <div className="empty">
        <h1 className="empty__title">{fr.notFound.title}</h1>
        <p className="empty__text">{fr.notFound.text}</p>
        <Link className="button button--primary" to="/">
          {fr.notFound.home}
        </Link>
      </div>
    </div>
  );
}
