import { useState } from 'preact/hooks';
import type { Api, Schemas } from '../api/client';
import { problemDetail } from '../api/problem';
import { useT } from '../i18n';
import { useLoad } from '../load';
import { Page } from '../Page';
import { startSession, type Session } from '../session';

/**
 * Sign-in. In training mode (the server lists training accounts) the user picks one of the synthetic accounts and
 * gets a training token for it. Otherwise the server expects OpenID Connect tokens; the authorization code flow with
 * PKCE is not built into the web application yet, and this screen says so.
 */
export function SignIn({ api, onSignedIn }: { api: Api; onSignedIn: (session: Session) => void }) {
  const { t } = useT();
  const accounts = useLoad(() => api.GET('/api/training/accounts'), []);
  if (accounts.status === 404) {
    return <OidcNotConfigured />;
  }
  return (
    <Page title={t('signIn.title')} state={accounts}>
      {accounts.data && <TrainingAccounts api={api} accounts={accounts.data} onSignedIn={onSignedIn} />}
    </Page>
  );
}

function OidcNotConfigured() {
  const { t } = useT();
  return (
    <Page title={t('signIn.oidcTitle')}>
      <p>{t('signIn.oidcNotConfigured')}</p>
    </Page>
  );
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
