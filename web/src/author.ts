import type { Schemas } from './api/client';
import { useSignedIn } from './context';
import { useT } from './i18n';

/** Who wrote something, as far as the panel tells: the signed-in user, the lead, or a member. */
export function useAuthor(panel: Schemas['PanelJson']): (id: string | undefined) => string {
  const { me } = useSignedIn();
  const { t } = useT();
  return id => id === me.userId ? t('panel.you') : id === panel.lead ? t('role.LEAD') : t('role.MEMBER');
}

