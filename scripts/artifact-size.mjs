// Sizes shared by the packaging and the check scripts.
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes of every file under a folder (links counted as links, never followed). */
export function folderBytes(folder) {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : lstatSync(path).size;
  }
  return total;
}

export const megabytes = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
