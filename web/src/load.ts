import { useEffect, useState } from 'preact/hooks';
import { problemDetail } from './api/problem';

/** The state of one API read: loading, its data, or what went wrong (already worded for the user). */
export interface Loaded<T> {
  data?: T;
  problem?: string;
  /** The HTTP status of the answer, once there is one. */
  status?: number;
  loading: boolean;
}

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** Runs {@code read} when the screen appears and whenever {@code inputs} change; ignores answers that come too late. */
export function useLoad<T>(read: () => Promise<Answer<T>>, inputs: unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ loading: true });
  useEffect(() => {
    let current = true;
    setState({ loading: true });
    read().then(
      ({ data, error, response }) => current && setState(error === undefined && data !== undefined
        ? { data, status: response.status, loading: false }
        : { problem: problemDetail(error, response), status: response.status, loading: false }),
      (failure: unknown) => current && setState({ problem: String(failure), loading: false }));
    return () => {
      current = false;
    };
  }, inputs);
  return state;
}
