/** The audit log moved to its own module (ADR 0012); kept so existing imports still work. */
export * from '../audit/audit-log';
