import type { Schemas } from './api/client';
import { useSignedIn } from './context';
import { useT } from './i18n';

type Panel = Schemas['PanelJson'];

/** How the page words who someone is when the panel names nobody by that id (a user no longer known). */
export interface Roles { you: string; lead: string; member: string; invited: string }

/**
 * Who someone the panel mentions is: "You" for the signed-in user, else the display name the panel gives them
 * ({@code people}); failing that, their role in the panel (lead, member, invited). Never the patient: the panel only
 * names users.
 */
export function nameIn(panel: Panel, me: string | undefined, id: string | undefined, roles: Roles): string {
  if (id === me) {
    return roles.you;
  }
  const named = (panel.people ?? []).find(person => person.id === id)?.displayName;
  if (named) {
    return named;
  }
  return id === panel.lead ? roles.lead
    : (panel.members ?? []).includes(id ?? '') || !(panel.invitations ?? []).some(i => i.invitee === id)
      ? roles.member : roles.invited;
}

/** {@link nameIn} for the signed-in user, in their language. */
export function useAuthor(panel: Panel): (id: string | undefined) => string {
  const { me } = useSignedIn();
  const { t } = useT();
  const roles = { you: t('panel.you'), lead: t('role.LEAD'), member: t('role.MEMBER'), invited: t('role.INVITED') };
  return id => nameIn(panel, me.userId, id, roles);
}
