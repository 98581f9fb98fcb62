import { useState } from 'preact/hooks';
import type { Api, Schemas } from '../api/client';
import { problemDetail } from '../api/problem';
import { useT } from '../i18n';
import { useLoad } from '../load';
import { Page } from '../Page';
import { startSession, type Session } from '../session';
import type { SignInState } from '../signIn';

/**
 * Sign-in, in the ways the server offers (GET /api/sign-in): at the OpenID Connect provider it names (the
 * authorization code flow with PKCE, oidc.ts), and in training mode with one of the synthetic accounts, picked from a
 * list, for which the server gives a training token. A server that offers neither says so.
 */
export function SignIn({ api, signIn }: { api: Api; signIn: SignInState }) {
  const { t } = useT();
  const ways = signIn.ways;
  if (!ways?.training && !ways?.provider) {
    return (
      <Page title={t('signIn.oidcTitle')}>
        <p>{t('signIn.oidcNotConfigured')}</p>
      </Page>
    );
  }
  return (
    <Page title={t('signIn.title')}>
      {signIn.problem && <p role="alert" class="problem">{t('app.problem', { detail: signIn.problem })}</p>}
      {ways.training && <Training api={api} onSignedIn={signIn.signedIn} />}
      {ways.provider && (
        <p><button type="button" onClick={signIn.signInAtProvider}>{t('signIn.atProvider')}</button></p>
      )}
    </Page>
  );
}

function Training({ api, onSignedIn }: { api: Api; onSignedIn: (session: Session) => void }) {
  const { t } = useT();
  const accounts = useLoad(() => api.GET('/api/training/accounts'), []);
  if (accounts.problem) {
    return <p role="alert" class="problem">{t('app.problem', { detail: accounts.problem })}</p>;
  }
  return accounts.data ? <TrainingAccounts api={api} accounts={accounts.data} onSignedIn={onSignedIn} />
    : <p role="status">{t('app.loading')}</p>;
}

function TrainingAccounts({ api, accounts, onSignedIn }: {
  api: Api;
  accounts: Schemas['AccountJson'][];
  onSignedIn: (session: Session) => void;
}) {
  const { t } = useT();
  const [username, setUsername] = useState(accounts[0]?.username ?? '');
  const [problem, setProblem] = useState<string>();
  const chosen = accounts.find(account => account.username === username);

  async function signIn(event: Event) {
    event.preventDefault();
    const { data, error, response } = await api.POST('/api/training/tokens', { body: { username } });
    if (data) {
      onSignedIn(startSession(sessionStorage, data, chosen?.displayName ?? username));
    } else {
      setProblem(problemDetail(error, response));
    }
  }

  return (
    <form onSubmit={signIn}>
      <p>{t('signIn.training')}</p>
      <label for="account">{t('signIn.account')}</label>
      <select id="account" value={username} aria-describedby="account-purpose"
              onChange={event => setUsername(event.currentTarget.value)}>
        {accounts.map(account => (
          <option key={account.username} value={account.username}>
            {account.displayName} ({account.username})
          </option>
        ))}
      </select>
      <p id="account-purpose" class="hint">{chosen?.purpose}</p>
      {problem && <p role="alert" class="problem">{t('app.problem', { detail: problem })}</p>}
      <button type="submit">{t('signIn.submit')}</button>
    </form>
  );
}
