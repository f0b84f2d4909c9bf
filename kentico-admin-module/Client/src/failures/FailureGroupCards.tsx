import type { FailureGroups } from '@bpkc/shared-types';
import {
  Button,
  ButtonColor,
  ButtonSize,
  Card,
  Cols,
  Column,
  Inline,
  Row,
  Spacing,
} from '@kentico/xperience-admin-components';

import { formatCount, humanize } from '../shared/format';

/** One card per reason code: how many are open, Show, and Replay all. */
export function FailureGroupCards(props: {
  groups: FailureGroups;
  selected: string | null;
  canEdit: boolean;
  onSelect: (reason: string) => void;
  onReplayAll: (reason: string) => void;
}) {
  return (
    <Row spacing={Spacing.L}>
      {props.groups.map((group) => (
        <Column key={group.reason} cols={Cols.Col12} colsMd={Cols.Col4}>
          <Card headline={humanize(group.reason)} description={`${formatCount(group.count)} open`}>
            <Inline spacing={Spacing.M}>
              <Button
                label={props.selected === group.reason ? 'Shown below' : 'Show'}
                size={ButtonSize.S}
                color={ButtonColor.Secondary}
                disabled={props.selected === group.reason}
                onClick={() => props.onSelect(group.reason)}
              />
              <Button
                label="Replay all"
                size={ButtonSize.S}
                disabled={!props.canEdit}
                title={props.canEdit ? undefined : 'Your role may view but not replay'}
                onClick={() => props.onReplayAll(group.reason)}
              />
            </Inline>
          </Card>
        </Column>
      ))}
    </Row>
  );
}
