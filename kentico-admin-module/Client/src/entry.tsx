// Everything the admin can load from "@bpconnect/web-admin" is exported here.
// A C# page with templateName "@bpconnect/web-admin/X" loads the export named "XTemplate".
export * from './dashboard/SyncDashboardTemplate';
