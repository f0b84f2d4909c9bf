import {
  Callout,
  CalloutPlacementType,
  CalloutType,
  Headline,
  HeadlineSize,
  Spacing,
  Stack,
} from '@kentico/xperience-admin-components';
import type { ReactNode } from 'react';

import { type AdminPageProps, AdminSessionProvider } from '../auth/admin-session';

/**
 * The frame of every template: headline, the session (token + API client) for the screen
 * inside, or a setup notice when the C# page could not hand over the companion's address.
 */
export function AdminPage(props: AdminPageProps & { headline: string; children: ReactNode }) {
  const configured = Boolean(props.companionUrl && props.adminToken);
  return (
    <Stack spacing={Spacing.XL}>
      <Headline size={HeadlineSize.L}>{props.headline}</Headline>
      {configured ? (
        <AdminSessionProvider {...props}>{props.children}</AdminSessionProvider>
      ) : (
        <Callout
          type={CalloutType.FriendlyWarning}
          placement={CalloutPlacementType.OnDesk}
          headline={
            props.companionUrl
              ? 'No access to Brightpearl Connect'
              : 'Companion service not configured'
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
