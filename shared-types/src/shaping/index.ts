export * from './expression';
export * from './transforms';
export * from './rules';
export * from './checks';
export * from './settings';
