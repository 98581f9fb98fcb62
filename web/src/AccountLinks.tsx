import { useContext } from 'preact/hooks';
import { coordinatedErns, holds } from './access';
import { SignedInContext } from './context';
import { useT } from './i18n';

/**
 * The navigation's links to the user's own screens: notifications and settings once registered, the access requests
 * to decide and the KPIs for a coordinator, the audit trail for an auditor, the research data set for a researcher,
 * and a request for access for everyone but a platform operator (who holds no other role). The server still decides: a forged request is refused.
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
      {coordinatedErns(me).length > 0 && <li><a href="/kpis">{t('nav.kpis')}</a></li>}
      {me.registered && holds(me, 'AUDITOR') && <li><a href="/audit-trail">{t('nav.audit')}</a></li>}
      {me.registered && holds(me, 'RESEARCHER') && <li><a href="/research">{t('nav.research')}</a></li>}
      {!holds(me, 'OPERATOR') && <li><a href="/request-access">{t('nav.requestAccess')}</a></li>}
    </>
  );
}
