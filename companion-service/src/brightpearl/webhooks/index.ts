export * from './intake';
export * from './registration';
export * from './route';
export * from './webhook-identity';
