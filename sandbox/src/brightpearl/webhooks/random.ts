import { mulberry32 } from '../../shared/mulberry32';

/** Seeded, so "drop 50 % of deliveries" drops the same deliveries on every run with that seed. */
export const seededRandom = (seed: number): (() => number) => mulberry32(seed);
