import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useSignedIn } from '../context';
import { described, Field, SubmitRow } from '../Form';
import { useT } from '../i18n';
import { allows, type Panel, type PanelAction } from '../panels';
import { useSubmit } from '../submit';
import { LIFECYCLE_MOVES, moveOf, type Move } from './lifecycleMoves';

type Changed = (panel: Panel) => void;

/**
 * The panel's lifecycle moves the server lists for the user now ({@code allowedActions}), one button each: forward
 * (submit, start the assessment, start the sign-off, close, archive), back (to assessment, to panel selection, saying
 * why) and away (abort, saying why; delete a draft). A move that is hard to undo asks first; the server's problem
 * shows next to the button. The panel the server answers (with its new version, the next If-Match) replaces the one
 * shown; a deleted draft leads back to the user's panels.
 */
export function Lifecycle({ panel, onChanged }: { panel: Panel; onChanged: Changed }) {
  const { t } = useT();
  const [open, setOpen] = useState<PanelAction>();
  const moves = LIFECYCLE_MOVES.filter(move => allows(panel, move.action));
  if (moves.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="lifecycle">
      <h2 id="lifecycle">{t('lifecycle.title')}</h2>
      <div class="moves">
        {moves.map(move => move.confirm
          ? open === move.action
            ? <Confirmation key={move.action} panel={panel} move={move} onCancel={() => setOpen(undefined)}
                            onChanged={changed => { setOpen(undefined); onChanged(changed); }} />
            : open === undefined && (
              <button key={move.action} type="button" onClick={() => setOpen(move.action)}>
                {t(move.label)}
              </button>)
          : open === undefined && <Direct key={move.action} panel={panel} move={move} onChanged={onChanged} />)}
      </div>
    </section>
  );
}

/** A move made at once: its button, with progress and the server's problem next to it. */
function Direct({ panel, move, onChanged }: { panel: Panel; move: Move; onChanged: Changed }) {
  const { api } = useSignedIn();
  const { t } = useT();
  const moving = useSubmit<Panel>(onChanged);
  return (
    <form onSubmit={event => { event.preventDefault(); void moving.submit(() => moveOf(api, panel, move.action)); }}>
      <SubmitRow label={t(move.label)} busyLabel={t('lifecycle.moving')} submission={moving} />
    </form>
  );
}

/** A move that asks first: what it means, the reason when it needs one, then "yes" or "no". */
function Confirmation({ panel, move, onChanged, onCancel }: {
  panel: Panel; move: Move; onChanged: Changed; onCancel: () => void;
}) {
  const { api } = useSignedIn();
  const { t } = useT();
  const { route } = useLocation();
  const [reason, setReason] = useState('');
  const moving = useSubmit<Panel | undefined>(changed => changed ? onChanged(changed) : route('/'));
  const group = useRef<HTMLFormElement>(null);
  useEffect(() => (group.current?.querySelector('textarea') ?? group.current)?.focus(), []);
  const id = `reason-${move.action.toLowerCase()}`;
  const error = moving.errors.reason;
  return (
    <form ref={group} class="card confirmation" noValidate aria-labelledby={`${id}-warning`} tabIndex={-1}
          onSubmit={event => { event.preventDefault(); void moving.submit(() => moveOf(api, panel, move.action, reason)); }}>
      <p id={`${id}-warning`}>{t(move.confirm?.warning ?? move.label)}</p>
      {move.reason && (
        <Field id={id} label={t(move.reason)} error={error}>
          <textarea {...described(id, error)} rows={2} value={reason} onInput={event => setReason(event.currentTarget.value)} />
        </Field>
      )}
      <SubmitRow label={t(move.confirm?.yes ?? move.label)} busyLabel={t('lifecycle.moving')} submission={moving} />
      <button type="button" class="secondary" onClick={onCancel} disabled={moving.busy}>{t('lifecycle.keep')}</button>
    </form>
  );
}
