import type { PreviewSide } from '@bpkc/shared-types';
import { Card, Spacing, Stack, TextWithLabel } from '@kentico/xperience-admin-components';
import type { CSSProperties } from 'react';

import { formatJson } from '../shared/format';

const preStyle: CSSProperties = {
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-word',
  fontSize: 12,
  margin: 0,
};

const DECISIONS: Record<PreviewSide['decision'], string> = {
  send: 'Sent to Brightpearl',
  hold: 'Held for review (not sent)',
  skip: 'Skipped by a rule (not sent)',
  block: 'Blocked by a check (not sent)',
  error: 'Could not be previewed',
};

/** A product goes to Kentico and is skipped by the catalog settings, not by a rule. */
function decisionText(side: PreviewSide): string {
  const request = side.request;
  if (!request || request.system === 'brightpearl') return DECISIONS[side.decision];
  if (side.decision === 'send') return `Sent to Kentico: ${request.method} ${request.path}`;
  if (side.decision === 'skip') return 'Not sent (see the note)';
  return DECISIONS[side.decision];
}

/** One column of the preview: the decision, why, and the exact requests. */
export function PreviewSideView(props: { title: string; side: PreviewSide }) {
  const { side } = props;
  const version = side.mappingVersion === null ? 'draft' : `version ${side.mappingVersion}`;
  return (
    <Card headline={props.title} description={`Configuration: ${version}`} fullHeight>
      <Stack spacing={Spacing.M}>
        <TextWithLabel label="Decision" value={decisionText(side)} />
        {side.findings.map((finding, index) => (
          <span key={index}>
            {finding.outcome.toUpperCase()} ({finding.source}): {finding.reason}
          </span>
        ))}
        {side.notes.map((note, index) => (
          <span key={`note-${index}`}>Note: {note}</span>
        ))}
        {side.body !== null && <pre style={preStyle}>{formatJson(side.body, 12_000)}</pre>}
        {side.followUps.map((request, index) => (
          <Stack key={`follow-${index}`} spacing={Spacing.S}>
            <TextWithLabel label="Then" value={`${request.method} ${request.path}`} />
            <pre style={preStyle}>{formatJson(request.body, 2000)}</pre>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
