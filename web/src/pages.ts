import { useEffect, useState } from 'preact/hooks';
import { problemDetail } from './api/problem';

type Page<T> = { items?: T[]; next?: string | null };
type Answer<T> = { data?: Page<T>; error?: unknown; response: Response };

/**
 * A list read a page at a time with the API's offset paging ({@code next} is the offset of the next page): the first
 * page when the screen appears and whenever {@code inputs} change, the next one on {@code more()}, each added below
 * the ones shown by {@code add}. {@code setItems} changes what is shown (an item marked or decided).
 */
export function useOffsetPages<T>(read: (offset?: string) => Promise<Answer<T>>, inputs: unknown[],
                                  add: (shown: T[], page: T[]) => T[] = (shown, page) => [...shown, ...page]) {
  const [items, setItems] = useState<T[]>([]);
  const [next, setNext] = useState<string>();
  const [state, setState] = useState<{ loading: boolean; problem?: string; data?: true }>({ loading: true });

  async function load(offset?: string) {
    setState(before => ({ ...before, loading: true }));
    const { data, error, response } = await read(offset);
    if (data) {
      setItems(shown => add(offset ? shown : [], data.items ?? []));
      setNext(data.next ?? undefined);
      setState({ loading: false, data: true });
    } else {
      setState({ loading: false, problem: problemDetail(error, response) });
    }
  }
  useEffect(() => void load(), inputs);
  return { items, setItems, next, state, more: () => load(next) };
}
