import { useEffect, useRef, useState } from 'preact/hooks';
import type { Api, Schemas } from './api/client';
import { problemDetail } from './api/problem';
import type { ProviderSignIn } from './oidc';
import { endSession, loadSession, type Session } from './session';

/** The ways to sign in the server offers (GET /api/sign-in). */
export type Ways = Schemas['SignInJson'];

/** What the application knows about signing in: the ways offered, the session (if any), and what to do. */
export interface SignInState {
  /** The ways the server offers; undefined while asked, or when it could not be asked ({@link problem}). */
  ways?: Ways;
  problem?: string;
  session?: Session;
  /** Leaves for the OpenID Connect provider's sign-in page. */
  signInAtProvider: () => void;
  /** Starts a training session (the account picker got its token). */
  signedIn: (session: Session) => void;
  /** Signs out: a training session is forgotten, a provider's session ends there too. */
  signOut: () => void;
  /** Forgets the session in this tab only (the server refused its token). */
  forget: () => void;
}

/**
 * The session of the tab: a training session kept in sessionStorage, else one at the OpenID Connect provider the
 * server names (oidc.ts, loaded only then), resumed from the provider's answer in the address or from the tab, and
 * followed as it is renewed or lost. {@code navigate} shows the address the user was at before leaving for the
 * provider.
 */
export function useSignIn(api: Api, navigate: (address: string) => void): SignInState {
  const [ways, setWays] = useState<Ways>();
  const [problem, setProblem] = useState<string>();
  const [session, setSession] = useState<Session | undefined>(() => loadSession(sessionStorage));
  const provider = useRef<ProviderSignIn>();

  useEffect(() => {
    api.GET('/api/sign-in').then(async ({ data, error, response }) => {
      if (!data) {
        setProblem(problemDetail(error, response));
        return;
      }
      if (data.provider) {
        const { providerSignIn } = await import('./oidc');
        const signIn = providerSignIn(data.provider);
        provider.current = signIn;
        signIn.follow(changed => setSession(current => current?.via === 'training' ? current : changed));
        try {
          const resumed = await signIn.resume(new URL(location.href));
          if (resumed.session) {
            setSession(resumed.session);
          }
          if (resumed.returnTo) {
            navigate(resumed.returnTo);
          }
        } catch (error) {
          navigate('/');
          setProblem(String(error));
        }
      }
      setWays(data);
    }, error => setProblem(String(error)));
  }, []);

  const forget = () => {
    void provider.current?.forget();
    endSession(sessionStorage);
    setSession(undefined);
  };
  return {
    ways, problem, session, forget,
    signInAtProvider: () => void provider.current?.signIn(location.pathname),
    signedIn: setSession,
    signOut: () => session?.via === 'provider' && provider.current
      ? void provider.current.signOut().catch(forget) : forget(),
  };
}
