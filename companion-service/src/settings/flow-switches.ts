import type { FlowName, MappingConfig } from '@bpkc/shared-types';

export type { FlowName };

/**
 * Whether a flow does its work, per the stored settings (ADR 13: read per job, so a switch saved
 * on any instance applies from the next job on). Absent settings mean on: old documents and
 * installations that never touched the switches keep syncing.
 */
export function flowEnabled(mapping: MappingConfig, flow: FlowName): boolean {
  return mapping.settings?.flows?.[flow] !== false;
}
