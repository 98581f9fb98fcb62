import { useRef, useState } from 'preact/hooks';
import { fieldErrors, problemDetail } from './api/problem';
import { useT } from './i18n';

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** The state of a form's request: running (show progress, refuse a second submit), or what the server refused. */
export interface Submission {
  busy: boolean;
  problem?: string;
  /** Field errors of the problem, by field path (see {@link fieldErrors}). */
  errors: Record<string, string>;
}

/**
 * Runs a form's write once at a time: while one runs, another submit is ignored (a double click sends one request);
 * on success {@code done} gets the answer, otherwise the problem detail and its field errors are kept for the form
 * (a missing value worded in the user's language, other field errors as the server words them).
 */
export function useSubmit<T>(done: (data: T) => void, fieldOfCode: Record<string, string> = {}) {
  const { t } = useT();
  const wording = { 'not-null': t('form.required'), 'not-blank': t('form.required') };
  const [state, setState] = useState<Submission>({ busy: false, errors: {} });
  const running = useRef(false);
  async function submit(write: () => Promise<Answer<T>>) {
    if (running.current) {
      return;
    }
    running.current = true;
    setState({ busy: true, errors: {} });
    try {
      const { data, error, response } = await write();
      if (error === undefined && response.ok) {
        setState({ busy: false, errors: {} });
        done(data as T);
      } else {
        setState({ busy: false, problem: problemDetail(error, response), errors: fieldErrors(error, fieldOfCode, wording) });
      }
    } catch (failure) {
      setState({ busy: false, problem: String(failure), errors: {} });
    } finally {
      running.current = false;
    }
  }
  return { ...state, submit };
}
