export * from './registration';
export * from './webhook-identity';
