import {
  Callout,
  CalloutPlacementType,
  CalloutType,
  Headline,
  HeadlineSize,
  Spacing,
  Stack,
} from '@kentico/xperience-admin-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';

import { type AdminPageProps, AdminSessionProvider } from '../auth/admin-session';

/**
 * The frame of every template: headline, the session (token + API client) for the screen
 * inside, or a setup notice when the C# page could not hand over the companion's address.
 */
export function AdminPage(props: AdminPageProps & { headline: string; children: ReactNode }) {
  const configured = Boolean(props.companionUrl && props.adminToken);
  usePageTitle(props.headline);
  // One cache per page: screens share it (a list and its counts), pages never see each other's.
  // No automatic retries: the error shows at once with its own Retry button, as before.
  const [queries] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  );
  return (
    <Stack spacing={Spacing.XL}>
      <Headline size={HeadlineSize.L}>{props.headline}</Headline>
      {configured ? (
        <QueryClientProvider client={queries}>
          <AdminSessionProvider {...props}>{props.children}</AdminSessionProvider>
        </QueryClientProvider>
      ) : (
        <Callout
          type={CalloutType.FriendlyWarning}
          placement={CalloutPlacementType.OnDesk}
          headline={
            props.companionUrl
              ? 'No access to Brightpearl Connect'
              : 'Brightpearl Connect is not set up yet'
          }
        >
          {props.companionUrl
            ? 'Your role lacks the View permission of the Brightpearl Connect application. Ask an administrator to grant it.'
            : 'Set BrightpearlConnect:CompanionUrl and BrightpearlConnect:AdminTokenSecret in the Kentico application settings (see the extension install guide).'}
        </Callout>
      )}
    </Stack>
  );
}

const PRODUCT = 'Brightpearl Connect';

/** The browser tab names the screen (the Kentico shell keeps its own title otherwise). */
function usePageTitle(headline: string): void {
  useEffect(() => {
    document.title = headline === PRODUCT ? PRODUCT : `${headline} · ${PRODUCT}`;
  }, [headline]);
}
