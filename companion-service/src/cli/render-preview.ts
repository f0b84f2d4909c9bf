import type { ConfigurationChange, ImportPreview } from '@bpkc/shared-types';

const MAX_VALUE = 120;

const shown = (value: unknown) => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
};

function changeLine(change: ConfigurationChange): string {
  if (change.change === 'added') return `  + ${change.path} = ${shown(change.after)}`;
  if (change.change === 'removed') return `  - ${change.path} (was ${shown(change.before)})`;
  return `  ~ ${change.path}: ${shown(change.before)} → ${shown(change.after)}`;
}

/** The preview as lines for the terminal: issues first (they decide), then the diff. */
export function renderPreview(preview: ImportPreview): string[] {
  const lines: string[] = [];
  if (preview.issues.length > 0) {
    lines.push(`Issues (${preview.issues.length}):`);
    for (const issue of preview.issues) {
      lines.push(
        `  ${issue.severity === 'error' ? 'ERROR' : 'warning'} ${issue.path || '(whole document)'}: ${issue.message}`,
      );
    }
  }
  lines.push(
    preview.changes.length === 0
      ? 'No changes against the current configuration.'
      : `Changes against version ${preview.baseVersion ?? '(none)'} (${preview.changes.length}):`,
  );
  lines.push(...preview.changes.map(changeLine));
  lines.push(
    preview.valid
      ? 'Valid for this environment.'
      : 'NOT valid for this environment: it would be refused.',
  );
  return lines;
}
