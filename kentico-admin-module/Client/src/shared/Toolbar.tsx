import { Button, Inline, Spacing, TextWithLabel } from '@kentico/xperience-admin-components';
import type { ReactNode } from 'react';

/** The row above a screen's content: its actions, a Refresh button and when it last loaded. */
export function Toolbar(props: {
  loading: boolean;
  onRefresh: () => void;
  updatedAt?: string | null;
  children?: ReactNode;
}) {
  return (
    <Inline spacing={Spacing.L}>
      {props.children}
      <Button
        label="Refresh"
        icon="xp-rotate-right"
        inProgress={props.loading}
        onClick={props.onRefresh}
      />
      {props.updatedAt && <TextWithLabel label="Updated" value={props.updatedAt} />}
    </Inline>
  );
}
