export { ApiError, Paging, pageOf } from './common';
export * from './auth';
export * from './audit';
export * from './overview';
export * from './orders';
export * from './failures';
export * from './mappings';
