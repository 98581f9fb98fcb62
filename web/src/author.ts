import type { Schemas } from './api/client';
import { useSignedIn } from './context';
import { useT } from './i18n';

/** Who wrote something or was invited, as far as the panel tells: the signed-in user, the lead, a member, an invitee. */
export function useAuthor(panel: Schemas['PanelJson']): (id: string | undefined) => string {
  const { me } = useSignedIn();
  const { t } = useT();
  return id => id === me.userId ? t('panel.you') : id === panel.lead ? t('role.LEAD')
    : (panel.members ?? []).includes(id ?? '') || !(panel.invitations ?? []).some(i => i.invitee === id)
      ? t('role.MEMBER') : t('role.INVITED');
}
