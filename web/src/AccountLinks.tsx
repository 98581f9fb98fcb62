import { useContext } from 'preact/hooks';
import { coordinatedErns } from './access';
import { SignedInContext } from './context';
import { useT } from './i18n';

/**
 * The navigation's links to the user's own screens: notifications and settings once registered, the access requests
 * to decide for a coordinator, and a request for access for everyone.
 */
export function AccountLinks() {
  const { t } = useT();
  const signedIn = useContext(SignedInContext);
  if (!signedIn) {
    return null;
  }
  const { me } = signedIn;
  return (
    <>
      {me.registered && <li><a href="/notifications">{t('nav.inbox')}</a></li>}
      {me.registered && <li><a href="/settings">{t('nav.settings')}</a></li>}
      {coordinatedErns(me).length > 0 && <li><a href="/access-requests">{t('nav.decide')}</a></li>}
      <li><a href="/request-access">{t('nav.requestAccess')}</a></li>
    </>
  );
}
