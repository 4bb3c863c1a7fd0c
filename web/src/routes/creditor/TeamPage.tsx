import { useId, useState, type FormEvent } from 'react';
import { ActionFeedback, SubmitButton } from '../../components/ActionFeedback';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useSession } from '../../features/auth/hooks/use-session';
import { INVITE_MEMBER_MUTATION } from '../../features/team/graphql/mutations/invite-member.mutation';
import { TEAM_QUERY } from '../../features/team/graphql/queries/team.query';
import { fr } from '../../i18n/fr';
import { formatDate, formatShortDate } from '../../lib/format';
import { useAction } from '../../lib/use-action';
import { useApiQuery } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';

const ROLES = ['OWNER', 'ACCOUNTING', 'SALES', 'SUPPORT'] as const;

function InviteForm() {
  const t = fr.team.invite;
  const id = useId();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<(typeof ROLES)[number]>('ACCOUNTING');
  const action = useAction(INVITE_MEMBER_MUTATION, { refetchQueries: ['Team'], onSuccess: () => setEmail('') });
  const invitation = action.status === 'success' ? action.data?.inviteMember : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    void action.run({ input: { email, role } });
  }

  return (
    <form className="card form" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="card__title">
        {t.heading}
      </h2>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-email`}>{t.email}</label>
          <input id={`${id}-email`} type="email" required autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>{t.role}</label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as (typeof ROLES)[number])} aria-describedby={`${id}-role-hint`}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {fr.team.roles[r]}
              </option>
            ))}
          </select>
          <p id={`${id}-role-hint`} className="field__hint">
            {fr.team.roles[role]} : {fr.team.roleHints[role]}
          </p>
        </div>
      </div>
      <SubmitButton pending={action.pending} pendingLabel={t.pending}>
        {t.submit}
      </SubmitButton>
      <ActionFeedback action={action} pending={t.pending} success={invitation ? t.done(invitation.email) : undefined} />
      {invitation ? <code className="invitation-code">{`${window.location.origin}/invitation?code=${encodeURIComponent(invitation.token)}`}</code> : null}
    </form>
  );
}

/** Who acts for the company, with which role; the owner invites new members. */
export function TeamPage() {
  useDocumentTitle(fr.team.title);
  const t = fr.team;
  const query = useApiQuery(TEAM_QUERY, {});
  const canInvite = useSession().me?.activeCompany?.role === 'OWNER';
  const team = query.data?.team;
  return (
    <div className="page">
      <h1 className="page__title">{t.heading}</h1>
      {query.error ? (
        <ErrorMessage message={query.error.userMessage} onRetry={query.refetch} />
      ) : !team ? (
        <Loading />
      ) : (
        <div className="stack">
          {canInvite ? <InviteForm /> : <p className="notice">{t.invite.forbidden}</p>}
          <section className="card" aria-labelledby="members-h">
            <h2 id="members-h" className="card__title">
              {t.members}
            </h2>
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t.members}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.columns.name}</th>
                    <th scope="col">{t.columns.email}</th>
                    <th scope="col">{t.columns.role}</th>
                    <th scope="col">{t.columns.since}</th>
                  </tr>
                </thead>
                <tbody>
                  {team.members.map((m) => (
                    <tr key={m.userId}>
                      <th scope="row" data-label={t.columns.name} className="table__key">
                        {m.fullName}
                      </th>
                      <td data-label={t.columns.email}>{m.email}</td>
                      <td data-label={t.columns.role}>{t.roles[m.role]}</td>
                      <td data-label={t.columns.since}>{formatShortDate(m.joinedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          {team.invitations.length > 0 ? (
            <section className="card" aria-labelledby="invitations-h">
              <h2 id="invitations-h" className="card__title">
                {t.invitations}
              </h2>
              <ul className="plain-list">
                {team.invitations.map((i) => (
                  <li key={i.email}>
                    <strong>{i.email}</strong> — {t.roles[i.role]} <span className="muted small">({t.invitedBy(i.invitedBy, formatDate(i.expiresAt))})</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      )}
    </div>
  );
}
