import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOG_OUT_MUTATION } from '../features/auth/graphql/mutations/log-out.mutation';
import { fr } from '../i18n/fr';
import { graphQLError, mockGraphQL } from '../test/fetch-mock';
import { TestApi } from '../test/providers';
import { useAction } from '../lib/use-action';
import { ActionFeedback, SubmitButton } from './ActionFeedback';

function LogOutButton() {
  const action = useAction(LOG_OUT_MUTATION);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void action.run({});
      }}
    >
      <SubmitButton pending={action.pending}>Se déconnecter</SubmitButton>
      <ActionFeedback action={action} success="Vous êtes déconnecté." />
    </form>
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('a mutation run through useAction and shown by ActionFeedback', () => {
  it('shows pending on a disabled button, then announces success', async () => {
    let release: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (release = resolve));
    mockGraphQL({ LogOut: () => ({ data: { logOut: true } }) });
    const realFetch = globalThis.fetch;
    vi.stubGlobal('fetch', async (...args: Parameters<typeof fetch>) => {
      await answered;
      return realFetch(...args);
    });
    render(
      <TestApi>
        <LogOutButton />
      </TestApi>,
    );

    fireEvent.click(screen.getByRole('button'));
    const button = await screen.findByRole('button', { name: fr.action.pending });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    release();

    expect(await screen.findByText('Vous êtes déconnecté.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Vous êtes déconnecté.');
    expect((screen.getByRole('button', { name: 'Se déconnecter' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows the API’s French message as an alert on failure', async () => {
    mockGraphQL({ LogOut: () => graphQLError('FORBIDDEN', 'Vous ne pouvez pas faire cela.') });
    render(
      <TestApi>
        <LogOutButton />
      </TestApi>,
    );

    fireEvent.click(screen.getByRole('button'));

    expect((await screen.findByRole('alert')).textContent).toBe('Vous ne pouvez pas faire cela.');
  });
});
