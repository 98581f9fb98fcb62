import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Api, Schemas } from './api/client';
import type { Session } from './session';

/** What every signed-in screen may use: the API client with the session's token, who is signed in, and sign-out. */
export interface SignedIn {
  api: Api;
  session: Session;
  me: Schemas['MeJson'];
  signOut: () => void;
}

export const SignedInContext = createContext<SignedIn | undefined>(undefined);

export function useSignedIn(): SignedIn {
  const signedIn = useContext(SignedInContext);
  if (!signedIn) {
    throw new Error('a signed-in screen is shown outside the signed-in part of the application');
  }
  return signedIn;
}
