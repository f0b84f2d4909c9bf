/**
 * Brightpearl id sets: "1-5,9,20-22" (reference §3.4). Webhooks deliver them too, so parse
 * ranges, not only commas. Throws on anything else; `maxIds` guards against "1-999999999".
 */
export function parseIdSet(idSet: string, maxIds = 10_000): number[] {
  const ids: number[] = [];
  for (const part of idSet.split(',')) {
    const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (!match) throw new RangeError(`invalid id set part "${part}"`);
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (to < from) throw new RangeError(`descending range "${part}"`);
    if (ids.length + (to - from + 1) > maxIds) throw new RangeError(`id set larger than ${maxIds}`);
    for (let id = from; id <= to; id++) ids.push(id);
  }
  return ids;
}

/** The compact form: sorted, deduplicated, consecutive ids folded into ranges. */
export function formatIdSet(ids: Iterable<number>): string {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}
