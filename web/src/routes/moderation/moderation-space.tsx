import { Route } from 'react-router-dom';
import { SpaceLayout } from '../../components/layout/SpaceLayout';
import { fr } from '../../i18n/fr';
import { isModerator, type Space } from '../space';
import { AuditLogPage } from './AuditLogPage';
import { ClaimQueuePage } from './ClaimQueuePage';
import { DisputeQueuePage } from './DisputeQueuePage';
import { PublicationQueuePage } from './PublicationQueuePage';

/** The moderator console: platform MODERATORs and ADMINs only (the API checks it again). */
export const moderationSpace: Space = {
  id: 'moderation',
  label: fr.moderation.space,
  navLabel: fr.moderation.nav.label,
  root: '/moderation',
  links: [
    { to: '/moderation', label: fr.moderation.nav.publications, end: true },
    { to: '/moderation/contestations', label: fr.moderation.nav.disputes },
    { to: '/moderation/revendications', label: fr.moderation.nav.claims },
    { to: '/moderation/journal', label: fr.moderation.nav.audit },
  ],
  canEnter: isModerator,
};

export const moderationRoutes = (
  <Route path="/moderation" element={<SpaceLayout space={moderationSpace} />}>
    <Route index element={<PublicationQueuePage />} />
    <Route path="contestations" element={<DisputeQueuePage />} />
    <Route path="revendications" element={<ClaimQueuePage />} />
    <Route path="journal" element={<AuditLogPage />} />
  </Route>
);
