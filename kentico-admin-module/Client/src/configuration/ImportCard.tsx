import type { ImportPreview, MappingVersion } from '@bpkc/shared-types';
import { Button, Card, Inline, Input, Spacing, Stack } from '@kentico/xperience-admin-components';
import { type ChangeEvent, useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { useAction } from '../shared/use-action';
import { parseDocument } from './change-rows';
import { ImportPreviewView } from './ImportPreviewView';

interface Chosen {
  fileName: string;
  document: unknown;
  preview: ImportPreview;
}

/** Import: choose an exported file, see its issues and differences, then apply it. */
export function ImportCard(props: { onApplied: (saved: MappingVersion) => void }) {
  const { api, canEdit } = useAdminSession();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const previewing = useAction(api.previewImport);
  const applying = useAction(api.importConfiguration);
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setChosen(null);
    setFileError(null);
    if (!file) return;
    const parsed = parseDocument(await file.text());
    if ('error' in parsed) return setFileError(parsed.error);
    const preview = await previewing.run(parsed.document);
    if (preview) setChosen({ fileName: file.name, document: parsed.document, preview });
  };
  const apply = async () => {
    if (!chosen) return;
    const saved = await applying.run({
      document: chosen.document,
      baseVersion: chosen.preview.baseVersion,
      comment: comment.trim() || undefined,
    });
    if (!saved) return;
    setChosen(null);
    setComment('');
    props.onApplied(saved);
  };
  return (
    <Card
      headline="Import"
      description="A configuration exported from another environment (e.g. QA), checked against this environment's Brightpearl before anything changes."
    >
      <Stack spacing={Spacing.L}>
        <label>
          Configuration file (.json){' '}
          <input type="file" accept="application/json,.json" onChange={choose} />
        </label>
        {previewing.busy && <span role="status">Checking the file…</span>}
        {(fileError ?? previewing.error) && (
          <span role="alert">{fileError ?? previewing.error}</span>
        )}
        {chosen && (
          <>
            <ImportPreviewView preview={chosen.preview} />
            <Inline spacing={Spacing.L}>
              <Input
                label="Why (kept with the version)"
                placeholder={`Imported from ${chosen.fileName}`}
                value={comment}
                disabled={!canEdit}
                onChange={(event) => setComment(event.target.value)}
              />
              <Button
                label="Apply import"
                icon="xp-check"
                inProgress={applying.busy}
                disabled={!canEdit || !chosen.preview.valid || applying.busy}
                title={canEdit ? undefined : 'Your role may check a file but not apply it'}
                onClick={apply}
              />
            </Inline>
          </>
        )}
        {applying.error && <span role="alert">Not imported: {applying.error}</span>}
      </Stack>
    </Card>
  );
}
