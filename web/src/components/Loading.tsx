import { fr } from '../i18n/fr';

export function Loading({ label = fr.app.loading }: { label?: string }) {
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
