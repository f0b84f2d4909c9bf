/** Row values as both engines return them (int8 may be number or bigint, times Date or text). */
export type DbTime = Date | string;

export function iso(value: DbTime): string {
  return new Date(value).toISOString();
}

export function isoOrNull(value: DbTime | null | undefined): string | null {
  return value === null || value === undefined ? null : iso(value);
}

export function numberOrNull(value: number | bigint | string | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}
