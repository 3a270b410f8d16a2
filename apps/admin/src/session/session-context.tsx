import { App } from 'antd';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type Client, type CombinedError, Provider as UrqlProvider } from 'urql';
import { createUrqlClient } from '../app/urql-client';
import { type ResultOf, readFragment } from '../graphql';
import { useI18n } from '../i18n/i18n-context';
import { LogoutMutation, ViewerFields, ViewerQuery } from './session-queries';

export type Viewer = ResultOf<typeof ViewerFields>;

/** Why the visitor is signed out, for the login page to say. */
export type SignedOutReason = 'loggedOut' | 'expired' | null;

export type SessionState =
  | { status: 'checking' }
  | { status: 'failed'; error: CombinedError }
  | { status: 'signedOut'; reason: SignedOutReason }
  | { status: 'signedIn'; viewer: Viewer };

export interface Session {
  state: SessionState;
  /** The viewer, when signed in. */
  viewer: Viewer | null;
  /** After a successful `login`: a fresh client (nothing cached from before) and the viewer. */
  signIn: (viewer: Viewer) => void;
  /**
   * Ends the session on the server, then forgets everything loaded under it. `leave` runs in
   * the same update (e.g. navigating to the login page without a redirect back).
   */
  logout: (leave?: () => void) => Promise<void>;
  /** Asks the gateway again who is signed in (after a failed check). */
  recheck: () => void;
}

const SessionContext = createContext<Session | null>(null);

/**
 * Owns the session and the urql client. The session is an HttpOnly cookie the console cannot
 * read, so it asks `viewer` on start. Every change of person (sign in, sign out, a session that
 * ends on the server) replaces the client, so no cached answer outlives the session it was
 * loaded under: the back button after 退出登录 finds nothing to show.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { message } = App.useApp();
  const { t } = useI18n();
  const [state, setState] = useState<SessionState>({ status: 'checking' });
  const statusRef = useRef(state.status);
  statusRef.current = state.status;

  const sessionEnded = useRef<() => void>(() => undefined);
  const newClient = useCallback(
    () => createUrqlClient({ onUnauthenticated: () => sessionEnded.current() }),
    [],
  );
  const [client, setClient] = useState<Client>(newClient);

  sessionEnded.current = () => {
    if (statusRef.current !== 'signedIn') return;
    statusRef.current = 'signedOut';
    setClient(newClient());
    setState({ status: 'signedOut', reason: 'expired' });
    void message.warning(t('app.sessionExpired'));
  };

  const check = useCallback((using: Client) => {
    setState({ status: 'checking' });
    using
      .query(ViewerQuery, {}, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (result.error && !result.data) {
          setState({ status: 'failed', error: result.error });
          return;
        }
        const viewer = result.data?.viewer;
        setState(
          viewer
            ? { status: 'signedIn', viewer: readFragment(ViewerFields, viewer) }
            : { status: 'signedOut', reason: null },
        );
      });
  }, []);

  const firstClient = useRef(client);
  useEffect(() => check(firstClient.current), [check]);

  const signIn = useCallback(
    (viewer: Viewer) => {
      setClient(newClient());
      setState({ status: 'signedIn', viewer });
    },
    [newClient],
  );

  const logout = useCallback(
    async (leave?: () => void) => {
      // Whatever the answer, the console forgets the session: the cookie is HttpOnly, and the
      // gateway clears it with the same response.
      await client.mutation(LogoutMutation, {}).toPromise();
      leave?.();
      statusRef.current = 'signedOut';
      setClient(newClient());
      setState({ status: 'signedOut', reason: 'loggedOut' });
    },
    [client, newClient],
  );

  const recheck = useCallback(() => check(client), [check, client]);

  const value = useMemo<Session>(
    () => ({
      state,
      viewer: state.status === 'signedIn' ? state.viewer : null,
      signIn,
      logout,
      recheck,
    }),
    [state, signIn, logout, recheck],
  );

  return (
    <SessionContext.Provider value={value}>
      <UrqlProvider value={client}>{children}</UrqlProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** The signed-in viewer; only for screens behind <RequireSession>. */
export function useViewer(): Viewer {
  const { viewer } = useSession();
  if (!viewer) throw new Error('useViewer needs a signed-in viewer (use it behind RequireSession)');
  return viewer;
}
