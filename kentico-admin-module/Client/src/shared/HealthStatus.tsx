import type { ConnectionHealth } from '@bpkc/shared-types';
import {
  SimpleStatusDefault,
  SimpleStatusError,
  SimpleStatusSuccess,
  SimpleStatusWarning,
} from '@kentico/xperience-admin-components';

const LABELS: Record<ConnectionHealth['status'], string> = {
  ok: 'Connected',
  degraded: 'Degraded',
  down: 'Not answering',
  unauthorised: 'Credentials refused',
  unknown: 'No calls yet',
};

/** A connection's health as Kentico's own status component, with the detail as tooltip. */
export function HealthStatus({ health }: { health: ConnectionHealth }) {
  const label = LABELS[health.status];
  const tooltipText = health.detail ?? label;
  switch (health.status) {
    case 'ok':
      return <SimpleStatusSuccess content={{ label, iconName: 'xp-check-circle', tooltipText }} />;
    case 'degraded':
      return (
        <SimpleStatusWarning
          content={{ label, iconName: 'xp-exclamation-triangle', tooltipText }}
        />
      );
    case 'unknown':
      return <SimpleStatusDefault content={{ label, iconName: 'xp-circle-dashed', tooltipText }} />;
    default:
      return <SimpleStatusError content={{ label, tooltipText }} />;
  }
}
