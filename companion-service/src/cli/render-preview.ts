import type { ImportPreview, LabelledChange } from '@bpkc/shared-types';

const MAX_VALUE = 120;

const shown = (text: string | undefined) => {
  const value = text ?? '(none)';
  return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE - 1)}…` : value;
};

/** The setting in words, its value(s) named, the path last in brackets for developers. */
function changeLine(change: LabelledChange): string {
  const where = `[${change.path}]`;
  if (change.change === 'added') return `  + ${change.label}: ${shown(change.afterText)} ${where}`;
  if (change.change === 'removed') {
    return `  - ${change.label} (was ${shown(change.beforeText)}) ${where}`;
  }
  const values = `${shown(change.afterText)}, was ${shown(change.beforeText)}`;
  return `  ~ ${change.label}: ${values} ${where}`;
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
