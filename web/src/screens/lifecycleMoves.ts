import type { Api } from '../api/client';
import type { MessageKey } from '../i18n';
import { ifMatch, type Panel, type PanelAction } from '../panels';

/**
 * A lifecycle move the panel page offers: its action (as {@code allowedActions} names it), the button's text, and —
 * for a move that is hard to undo or must say why — what the confirmation says, the label of the reason, and the
 * text of the button that confirms. Buttons say exactly what they do, so that no two on a screen share a name.
 */
export interface Move {
  action: PanelAction;
  label: MessageKey;
  confirm?: { warning: MessageKey; yes: MessageKey };
  reason?: MessageKey;
}

/** The moves in the order the page shows them: forward first, then back, then away. */
export const LIFECYCLE_MOVES: readonly Move[] = [
  { action: 'SUBMIT', label: 'lifecycle.submit',
    confirm: { warning: 'lifecycle.submit.warning', yes: 'lifecycle.submit.yes' } },
  { action: 'START_ASSESSMENT', label: 'lifecycle.startAssessment' },
  { action: 'START_SIGN_OFF', label: 'lifecycle.startSignOff' },
  { action: 'CLOSE', label: 'lifecycle.close', confirm: { warning: 'lifecycle.close.warning', yes: 'lifecycle.close.yes' } },
  { action: 'ARCHIVE', label: 'lifecycle.archive',
    confirm: { warning: 'lifecycle.archive.warning', yes: 'lifecycle.archive.yes' } },
  { action: 'RETURN_TO_ASSESSMENT', label: 'lifecycle.returnToAssessment', reason: 'lifecycle.returnToAssessment.reason',
    confirm: { warning: 'lifecycle.returnToAssessment.warning', yes: 'lifecycle.returnToAssessment.yes' } },
  { action: 'RETURN_TO_PANEL_SELECTION', label: 'lifecycle.returnToPanelSelection',
    reason: 'lifecycle.returnToPanelSelection.reason',
    confirm: { warning: 'lifecycle.returnToPanelSelection.warning', yes: 'lifecycle.returnToPanelSelection.yes' } },
  { action: 'ABORT', label: 'lifecycle.abort', reason: 'lifecycle.abort.reason',
    confirm: { warning: 'lifecycle.abort.warning', yes: 'lifecycle.abort.yes' } },
  { action: 'DELETE', label: 'lifecycle.delete', confirm: { warning: 'lifecycle.delete.warning', yes: 'lifecycle.delete.yes' } },
];

type Answer = Promise<{ data?: Panel; error?: unknown; response: Response }>;

/**
 * Sends the move to the server with the panel's version in If-Match; the answer is the panel after the move (none
 * for a deleted draft: 204). A reason goes with the moves that need one.
 */
export function moveOf(api: Api, panel: Panel, action: PanelAction, reason = ''): Answer {
  const params = ifMatch(panel);
  const body = { reason };
  switch (action) {
    case 'SUBMIT': return api.POST('/api/panels/{id}/submission', { params });
    case 'START_ASSESSMENT': return api.POST('/api/panels/{id}/assessment', { params });
    case 'START_SIGN_OFF': return api.POST('/api/panels/{id}/sign-off', { params });
    case 'CLOSE': return api.POST('/api/panels/{id}/closure', { params });
    case 'ARCHIVE': return api.POST('/api/panels/{id}/archival', { params });
    case 'RETURN_TO_ASSESSMENT': return api.POST('/api/panels/{id}/return-to-assessment', { params, body });
    case 'RETURN_TO_PANEL_SELECTION': return api.POST('/api/panels/{id}/return-to-panel-selection', { params, body });
    case 'ABORT': return api.POST('/api/panels/{id}/abortion', { params, body });
    case 'DELETE': return api.DELETE('/api/panels/{id}', { params }) as Answer;
    default: throw new Error(`${action} is not a lifecycle move`);
  }
}
