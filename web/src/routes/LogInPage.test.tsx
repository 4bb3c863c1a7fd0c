import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { creditorMe } from '../test/fixtures';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccountNav } from '../features/auth/components/AccountNav';
import { SessionProvider } from '../features/auth/components/SessionProvider';
import { fr } from '../i18n/fr';
import { mockGraphQL } from '../test/fetch-mock';
import { TestApi } from '../test/providers';
import { LogInPage } from './LogInPage';

const me = creditorMe;

afterEach(() => vi.unstubAllGlobals());

describe('LogInPage', () => {
  it('sends a creditor to its space after logging in, and shows who is logged in', async () => {
    mockGraphQL({ Me: () => ({ data: { me: null } }), LogIn: () => ({ data: { logIn: me } }) });
    render(
      <TestApi>
        <MemoryRouter initialEntries={['/connexion']}>
          <SessionProvider>
            <AccountNav />
            <Routes>
              <Route path="/connexion" element={<LogInPage />} />
              <Route path="/espace" element={<p>espace créancier</p>} />
            </Routes>
          </SessionProvider>
        </MemoryRouter>
      </TestApi>,
    );

    fireEvent.change(await screen.findByLabelText(fr.logIn.email), { target: { value: me.email } });
    fireEvent.change(screen.getByLabelText(fr.logIn.password), { target: { value: 'secret' } });
    fireEvent.click(screen.getByRole('button', { name: fr.logIn.submit }));

    expect(await screen.findByText('espace créancier')).toBeTruthy();
    expect(screen.getByText(me.fullName)).toBeTruthy();
  });
});
