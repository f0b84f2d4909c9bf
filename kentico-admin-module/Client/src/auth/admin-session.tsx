import { usePageCommand } from '@kentico/xperience-admin-base';
import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

import { type CompanionApi, createCompanionApi } from '../api/companion-api';
import { readTokenClaims, refreshDelayMs } from './token-claims';

/**
 * What every C# page hands its template (camelCased client properties): where the companion
 * is and a short-lived token for the signed-in Kentico user.
 */
export interface AdminPageProps {
  companionUrl: string;
  adminToken: string;
  tokenExpiresAt: string;
}

interface MintedToken {
  adminToken: string;
  tokenExpiresAt: string;
}

export interface AdminSession {
  api: CompanionApi;
  /** The token allows replays, resends and mapping changes. */
  canEdit: boolean;
  userName: string;
  companionUrl: string;
}

const SessionContext = createContext<AdminSession | null>(null);

/** The session of the page around the calling component. */
export function useAdminSession(): AdminSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useAdminSession outside an AdminSessionProvider');
  return session;
}

/**
 * Keeps the admin token fresh through the page's `RefreshAdminToken` command (Kentico mints a
 * new one for the signed-in user) and gives the screens one API client using it.
 */
export function AdminSessionProvider(props: AdminPageProps & { children: ReactNode }) {
  const token = useRef(props.adminToken);
  const [expiresAt, setExpiresAt] = useState(props.tokenExpiresAt);
  const [claims, setClaims] = useState(() => readTokenClaims(props.adminToken));
  const { execute: refreshToken } = usePageCommand<MintedToken>('RefreshAdminToken', {
    after: (minted) => {
      if (!minted) return;
      token.current = minted.adminToken;
      setClaims(readTokenClaims(minted.adminToken));
      setExpiresAt(minted.tokenExpiresAt);
    },
  });
  useEffect(() => {
    const timer = setTimeout(() => refreshToken(), refreshDelayMs(expiresAt));
    return () => clearTimeout(timer);
  }, [expiresAt, refreshToken]);
  const session = useMemo<AdminSession>(
    () => ({
      api: createCompanionApi({ companionUrl: props.companionUrl, token: () => token.current }),
      canEdit: claims.permissions.includes('edit'),
      userName: claims.name ?? claims.sub,
      companionUrl: props.companionUrl,
    }),
    [props.companionUrl, claims],
  );
  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}
