export * from './bridge-client';
export * from './bridge-http';
export * from './bridge-errors';
export * from './signing';
