import type { ConfigurationTemplate, ImportPreview, MappingVersion } from '@bpkc/shared-types';
import {
  Button,
  ButtonColor,
  Card,
  Inline,
  Spacing,
  Stack,
  TextWithLabel,
} from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { EmptyCallout } from '../shared/LoadState';
import { useAction } from '../shared/use-action';
import { ImportPreviewView } from './ImportPreviewView';

interface Previewed {
  template: ConfigurationTemplate;
  preview: ImportPreview;
}

/** Starter configurations: preview what one changes, then apply it as a new version. */
export function TemplatesCard(props: {
  templates: ConfigurationTemplate[];
  baseVersion: number | null;
  onApplied: (saved: MappingVersion) => void;
}) {
  const { api, canEdit } = useAdminSession();
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  const previewing = useAction(api.previewTemplate);
  const applying = useAction(api.applyTemplate);
  const preview = async (template: ConfigurationTemplate) => {
    setPreviewed(null);
    const answer = await previewing.run(template.id, { baseVersion: props.baseVersion });
    if (answer) setPreviewed({ template, preview: answer });
  };
  const apply = async () => {
    if (!previewed) return;
    const { template, preview: shown } = previewed;
    const saved = await applying.run(template.id, {
      baseVersion: shown.baseVersion,
      comment: `Template: ${template.name}`,
    });
    if (!saved) return;
    setPreviewed(null);
    props.onApplied(saved);
  };
  return (
    <Card
      headline="Templates"
      description="A starting point laid over the current configuration. It never invents Brightpearl ids: the preview says what is still to map."
    >
      <Stack spacing={Spacing.L}>
        {props.templates.length === 0 && (
          <EmptyCallout headline="No templates">
            This installation offers no templates.
          </EmptyCallout>
        )}
        <Stack spacing={Spacing.XL}>
          {props.templates.map((template) => (
            <Stack key={template.id} spacing={Spacing.S}>
              <TextWithLabel label={template.name} value={template.description} />
              {template.highlights.map((highlight) => (
                <span key={highlight}>• {highlight}</span>
              ))}
              <Inline spacing={Spacing.M}>
                <Button
                  label={`Preview ${template.name}`}
                  color={ButtonColor.Secondary}
                  inProgress={previewing.busy && previewed === null}
                  disabled={previewing.busy}
                  onClick={() => preview(template)}
                />
              </Inline>
            </Stack>
          ))}
        </Stack>
        {previewing.error && <span role="alert">{previewing.error}</span>}
        {previewed && (
          <Stack spacing={Spacing.M}>
            <TextWithLabel label="Preview of" value={previewed.template.name} />
            <ImportPreviewView preview={previewed.preview} />
            <Button
              label={`Apply ${previewed.template.name}`}
              icon="xp-check"
              inProgress={applying.busy}
              disabled={!canEdit || !previewed.preview.valid || applying.busy}
              title={canEdit ? undefined : 'Your role may preview but not apply templates'}
              onClick={apply}
            />
          </Stack>
        )}
        {applying.error && <span role="alert">Not applied: {applying.error}</span>}
      </Stack>
    </Card>
  );
}
