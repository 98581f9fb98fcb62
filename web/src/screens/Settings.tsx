import { useSignedIn } from '../context';
import { useT } from '../i18n';
import { Page } from '../Page';
import { CalendarFeed } from './CalendarFeed';
import { NotificationPreferences } from './NotificationPreferences';

/** The user's own settings: how they hear about each kind of notification, and their calendar feed. */
export function Settings() {
  const { me } = useSignedIn();
  const { t } = useT();
  return (
    <Page title={t('settings.title')}>
      {me.userId ? (
        <>
          <NotificationPreferences userId={me.userId} />
          <CalendarFeed />
        </>
      ) : <p>{t('settings.unregistered')}</p>}
    </Page>
  );
}
