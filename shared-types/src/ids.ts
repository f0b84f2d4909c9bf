import { z } from 'zod';

// Branded ids: a Kentico order GUID can never be passed where a Brightpearl order id is expected.
// Kentico GUIDs come from SQL Server, which does not guarantee RFC 4122 variant bits, hence z.guid().
export const KenticoOrderGuid = z.guid().brand<'KenticoOrderGuid'>();
export type KenticoOrderGuid = z.infer<typeof KenticoOrderGuid>;

export const KenticoCustomerGuid = z.guid().brand<'KenticoCustomerGuid'>();
export type KenticoCustomerGuid = z.infer<typeof KenticoCustomerGuid>;

export const EventId = z.guid().brand<'EventId'>();
export type EventId = z.infer<typeof EventId>;

export const Sku = z.string().trim().min(1).max(100).brand<'Sku'>();
export type Sku = z.infer<typeof Sku>;

export const BrightpearlOrderId = z.number().int().positive().brand<'BrightpearlOrderId'>();
export type BrightpearlOrderId = z.infer<typeof BrightpearlOrderId>;

export const BrightpearlContactId = z.number().int().positive().brand<'BrightpearlContactId'>();
export type BrightpearlContactId = z.infer<typeof BrightpearlContactId>;

export const BrightpearlProductId = z.number().int().positive().brand<'BrightpearlProductId'>();
export type BrightpearlProductId = z.infer<typeof BrightpearlProductId>;

export const createKenticoOrderGuid = (raw: string): KenticoOrderGuid =>
  KenticoOrderGuid.parse(raw);
export const createSku = (raw: string): Sku => Sku.parse(raw);
export const createBrightpearlOrderId = (raw: number): BrightpearlOrderId =>
  BrightpearlOrderId.parse(raw);
export const createBrightpearlContactId = (raw: number): BrightpearlContactId =>
  BrightpearlContactId.parse(raw);
export const createBrightpearlProductId = (raw: number): BrightpearlProductId =>
  BrightpearlProductId.parse(raw);
