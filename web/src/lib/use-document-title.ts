import { useEffect } from 'react';
import { fr } from '../i18n/fr';

export function useDocumentTitle(page: string | undefined): void {
  useEffect(() => {
    document.title = page ? fr.app.documentTitle(page) : fr.app.name;
  }, [page]);
}
