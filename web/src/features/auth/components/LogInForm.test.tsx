import { fireEvent, render, screen } from '@testing-library/react';
import { TestApi } from '../../../test/providers';
import { MemoryRouter } from 'react-router-dom';
import { creditorMe } from '../../../test/fixtures';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fr } from '../../../i18n/fr';
import { graphQLError, mockGraphQL } from '../../../test/fetch-mock';
import { LogInForm } from './LogInForm';
import { SessionProvider } from './SessionProvider';

const me = creditorMe;

function renderForm(onLoggedIn = vi.fn()) {
  render(
    <TestApi>
    <MemoryRouter>
      <SessionProvider>
        <LogInForm onLoggedIn={onLoggedIn} />
      </SessionProvider>
    </MemoryRouter>
    </TestApi>,
  );
  return onLoggedIn;
}

function fillAndSubmit(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(fr.logIn.email), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(fr.logIn.password), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: fr.logIn.submit }));
}

afterEach(() => vi.unstubAllGlobals());

describe('LogInForm', () => {
  it('shows the API message on wrong credentials and clears the password', async () => {
    mockGraphQL({ Me: () => ({ data: { me: null } }), LogIn: () => graphQLError('UNAUTHENTICATED', 'E-mail ou mot de passe incorrect.') });
    const onLoggedIn = renderForm();

    fillAndSubmit('camille@example.fr', 'mauvais');

    expect((await screen.findByRole('alert')).textContent).toContain('E-mail ou mot de passe incorrect.');
    expect((screen.getByLabelText(fr.logIn.password) as HTMLInputElement).value).toBe('');
    expect(onLoggedIn).not.toHaveBeenCalled();
  });

  it('asks for both fields before calling the API', async () => {
    const { calls } = mockGraphQL({ Me: () => ({ data: { me: null } }) });
    renderForm();

    fillAndSubmit('', '');

    expect((await screen.findByRole('alert')).textContent).toContain(fr.logIn.required);
    expect(calls.filter((c) => c.operationName === 'LogIn')).toHaveLength(0);
  });

  it('logs in with the trimmed e-mail', async () => {
    const { calls } = mockGraphQL({ Me: () => ({ data: { me: null } }), LogIn: () => ({ data: { logIn: me } }) });
    const onLoggedIn = renderForm();

    fillAndSubmit('  camille@example.fr ', 'secret');

    await vi.waitFor(() => expect(onLoggedIn).toHaveBeenCalled());
    expect(calls.find((c) => c.operationName === 'LogIn')?.variables).toEqual({
      input: { email: 'camille@example.fr', password: 'secret' },
    });
  });
});
