import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Api } from '../api/client';
import { useSignedIn } from '../context';
import { described, Field, SubmitRow } from '../Form';
import type { Panel } from '../panels';
import { useSubmit } from '../submit';

type Changed = (panel: Panel) => void;
type Written = Promise<{ data?: Panel; error?: unknown; response: Response }>;

/**
 * A form of one text sent to the server (its field error next to it); the panel the server answers replaces the one
 * shown, and the field empties (or keeps the text sent, when it started with one: a revisable text). The panel page's
 * text writes: timeline comments, data requests and answers (with {@code children}: what goes with the text, such as
 * an answer's attachment), contributions and comments on them.
 */
export function TextForm({ id, label, submitLabel, busyLabel, write, onChanged, initial = '', children }: {
  id: string; label: string; submitLabel: string; busyLabel: string; initial?: string;
  write: (api: Api, text: string) => Written; onChanged: Changed; children?: ComponentChildren;
}) {
  const { api } = useSignedIn();
  const [text, setText] = useState(initial);
  const sending = useSubmit<Panel>(changed => {
    setText(initial === '' ? '' : text);
    onChanged(changed);
  });
  const error = sending.errors.text;
  return (
    <form onSubmit={event => { event.preventDefault(); void sending.submit(() => write(api, text)); }} noValidate
          class="card">
      <Field id={id} label={label} error={error}>
        <textarea {...described(id, error)} rows={3} value={text} onInput={event => setText(event.currentTarget.value)} />
      </Field>
      {children}
      <SubmitRow label={submitLabel} busyLabel={busyLabel} submission={sending} />
    </form>
  );
}
