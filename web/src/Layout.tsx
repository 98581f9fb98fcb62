import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { holds } from './access';
import { AccountLinks } from './AccountLinks';
import { SignedInContext } from './context';
import { LanguageContext, languageNames, useT, type Language } from './i18n';

/** Every screen's frame: a skip link, the header (navigation, language, who is signed in, sign-out) and the main part. */
export function Layout({ signedIn = false, children }: { signedIn?: boolean; children: ComponentChildren }) {
  const { t } = useT();
  return (
    <>
      <a class="skip" href="#main">{t('app.skip')}</a>
      <header>
        <span class="brand">{t('app.name')}</span>
        {signedIn && (
          <nav aria-label={t('nav.main')}>
            <ul>
              <MainLinks />
              <AccountLinks />
            </ul>
          </nav>
        )}
        <LanguageChoice />
        {signedIn && <SignOut />}
      </header>
      <main id="main" tabIndex={-1}>{children}</main>
    </>
  );
}

/**
 * The navigation's first links: a platform operator's centres and networks (they see no patient and join no panel),
 * everyone else's panels and patients.
 */
function MainLinks() {
  const { t } = useT();
  const signedIn = useContext(SignedInContext);
  return signedIn && holds(signedIn.me, 'OPERATOR') ? (
    <>
      <li><a href="/centres">{t('nav.centres')}</a></li>
      <li><a href="/networks">{t('nav.networks')}</a></li>
    </>
  ) : (
    <>
      <li><a href="/">{t('nav.panels')}</a></li>
      <li><a href="/patients">{t('nav.patients')}</a></li>
    </>
  );
}

function LanguageChoice() {
  const { t } = useT();
  const { language, choose } = useContext(LanguageContext);
  return (
    <p class="language">
      <label for="language">{t('app.language')}</label>{' '}
      <select id="language" value={language} onChange={event => choose(event.currentTarget.value as Language)}>
        {(Object.keys(languageNames) as Language[]).map(code => (
          <option key={code} value={code} lang={code}>{languageNames[code]}</option>
        ))}
      </select>
    </p>
  );
}

function SignOut() {
  const { t } = useT();
  const signedIn = useContext(SignedInContext);
  return (
    <p class="user">
      <span>{t('app.signedInAs', { name: signedIn?.session.displayName ?? '' })}</span>{' '}
      <button type="button" onClick={signedIn?.signOut}>{t('app.signOut')}</button>
    </p>
  );
}
