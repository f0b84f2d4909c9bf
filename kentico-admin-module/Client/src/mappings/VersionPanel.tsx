import {
  diffConfigurations,
  labelChanges,
  type Lookups,
  type MappingVersion,
} from '@bpkc/shared-types';
import {
  Button,
  SidePanel,
  SidePanelSize,
  Spacing,
  Stack,
  TextWithLabel,
} from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { InlineConfirm } from '../shared/InlineConfirm';
import { formatTimestamp } from '../shared/format';
import { personLine } from '../shared/person';
import { LoadState } from '../shared/LoadState';
import { useApiData } from '../shared/use-api-data';
import { useAction } from '../shared/use-action';
import { ChangeTable } from '../configuration/ChangeTable';

/** What differs, in the merchant's words; names from the lists the screen already read. */
function versionChanges(old: unknown, current: unknown, lookups: Lookups | null) {
  const changes = diffConfigurations(old, current);
  return labelChanges(changes, { before: old, after: current, names: lookups });
}

/** One old version: what differs from the current mapping, and Revert (a new version). */
export function VersionPanel(props: {
  version: number;
  current: MappingVersion;
  /** The Mappings screen's lists (null: not read), to name Brightpearl values. */
  lookups: Lookups | null;
  onClose: () => void;
  onReverted: () => void;
}) {
  const { api, canEdit } = useAdminSession();
  const old = useApiData(() => api.mappingVersion(props.version), [api, props.version]);
  const [confirming, setConfirming] = useState(false);
  const { run, busy, error } = useAction(api.revertMapping);
  const revert = async () => {
    if (!(await run(props.version))) return;
    setConfirming(false);
    props.onReverted();
  };

  return (
    <SidePanel
      headline={`Mapping version ${props.version}`}
      size={SidePanelSize.Wrapped}
      isVisible
      onClose={props.onClose}
    >
      <LoadState what="the version" {...old}>
        {(data) => {
          const changes = versionChanges(data.mapping, props.current.mapping, props.lookups);
          return (
            <Stack spacing={Spacing.L}>
              <TextWithLabel
                label="Saved by"
                value={`${personLine(data.authorName, data.author)}, ${formatTimestamp(data.createdAt)}`}
              />
              <TextWithLabel label="Comment" value={data.comment ?? '—'} />
              {changes.length === 0 ? (
                <TextWithLabel label="Differences" value="Same as the current mapping." />
              ) : (
                <ChangeTable
                  changes={changes}
                  captions={{ before: 'In this version', after: 'Current' }}
                />
              )}
              {confirming && (
                <InlineConfirm
                  headline={`Revert to version ${props.version}?`}
                  confirmLabel="Revert"
                  inProgress={busy}
                  onConfirm={revert}
                  onCancel={() => setConfirming(false)}
                >
                  The mapping of version {props.version} is saved as a new version and applies from
                  now on. The history keeps every version.
                </InlineConfirm>
              )}
              {props.version !== props.current.version && !confirming && (
                <Button
                  label={`Revert to version ${props.version}`}
                  icon="xp-arrow-u-left"
                  disabled={!canEdit}
                  onClick={() => setConfirming(true)}
                />
              )}
              {error && <span role="alert">{error}</span>}
            </Stack>
          );
        }}
      </LoadState>
    </SidePanel>
  );
}
