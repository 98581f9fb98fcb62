import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useT } from './i18n';
import type { Loaded } from './load';

/**
 * A screen's frame: its title becomes the document title and its heading takes the focus when the screen appears
 * (screen-reader and keyboard users learn that the page changed), then either the content, a loading note or the
 * problem the server reported.
 */
export function Page<T>({ title, state, children }: {
  title: string;
  state?: Loaded<T>;
  children?: ComponentChildren;
}) {
  const { t } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
    heading.current?.focus();
  }, [title]);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1} ref={heading}>{title}</h1>
      {state?.loading && <p role="status">{t('app.loading')}</p>}
      {state?.problem && <p role="alert" class="problem">{t('app.problem', { detail: state.problem })}</p>}
      {(!state || state.data !== undefined) && children}
    </section>
  );
}
