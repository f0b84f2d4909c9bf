import type { LabelledChange } from '@bpkc/shared-types';

const CHANGE_WORDS: Record<LabelledChange['change'], string> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
};

/** A value as one line of the diff table ("(none)" when that side does not have it). */
export function shownValue(text: string | undefined, maxLength = 200): string {
  if (text === undefined) return '(none)';
  return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
}

/** The diff table's text for one change: what happened, then each side (named values). */
export const changeTexts = (change: LabelledChange) => ({
  change: CHANGE_WORDS[change.change],
  before: shownValue(change.beforeText),
  after: shownValue(change.afterText),
});

/** What the file will be called: the source version and the day it was exported. */
export function exportFileName(mappingVersion: number, exportedAt: string): string {
  const day = exportedAt.slice(0, 10).replace(/[^0-9-]/g, '') || 'undated';
  return `brightpearl-kentico-configuration-v${mappingVersion}-${day}.json`;
}

/** The chosen file as a document, or why it is not one (nothing is sent then). */
export function parseDocument(text: string): { document: unknown } | { error: string } {
  try {
    return { document: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: `The file is not JSON: ${(error as Error).message}` };
  }
}
