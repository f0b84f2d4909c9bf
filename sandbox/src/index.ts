export * from './brightpearl';
export * from './kentico';
export * from './rig/start-sandbox';
export * from './rig/sandbox-mapping';
export * from './faults';
export * from './admin-shell';
