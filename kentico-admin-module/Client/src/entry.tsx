// Everything the admin can load from "@bpconnect/web-admin" is exported here.
// A C# page with templateName "@bpconnect/web-admin/X" loads the export named "XTemplate".
export * from './overview/OverviewTemplate';
export * from './insights/InsightsTemplate';
export * from './orders/OrdersTemplate';
export * from './order-detail/OrderDetailTemplate';
export * from './failures/FailuresTemplate';
export * from './mappings/MappingsTemplate';
export * from './rules/RulesTemplate';
export * from './held/HeldTemplate';
export * from './suggestions/SuggestionsTemplate';
export * from './transforms/TransformsTemplate';
export * from './settings/SettingsTemplate';
export * from './configuration/ConfigurationTemplate';
export * from './jobs/JobsTemplate';
export * from './audit/AuditTemplate';
export * from './connection/ConnectionTemplate';
