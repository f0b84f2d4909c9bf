import { z } from 'zod';

/** Search results are positional rows decoded through metaData.columns (reference §4). */
export const SearchColumn = z.object({
  name: z.string(),
  sortable: z.boolean().optional(),
  filterable: z.boolean().optional(),
  reportDataType: z.string().optional(),
});

export const SearchMetaData = z.object({
  morePagesAvailable: z.boolean(),
  resultsAvailable: z.number().int(),
  resultsReturned: z.number().int(),
  firstResult: z.number().int().optional(),
  lastResult: z.number().int().optional(),
  columns: z.array(SearchColumn),
});
export type SearchMetaData = z.infer<typeof SearchMetaData>;

export const SearchResponse = z.object({
  response: z.object({
    results: z.array(z.array(z.unknown())),
    metaData: SearchMetaData,
  }),
  reference: z.record(z.string(), z.unknown()).optional(),
});
export type SearchResponse = z.infer<typeof SearchResponse>;

/** Turns positional rows into objects keyed by column name, so column order never matters. */
export function decodeSearchRows(search: SearchResponse): Array<Record<string, unknown>> {
  const names = search.response.metaData.columns.map((column) => column.name);
  return search.response.results.map((row) =>
    Object.fromEntries(names.map((name, index) => [name, row[index] ?? null])),
  );
}

export const ORDER_SEARCH_COLUMNS = [
  'orderId',
  'orderTypeId',
  'contactId',
  'orderStatusId',
  'orderStockStatusId',
  'createdOn',
  'createdById',
  'customerRef',
  'orderPaymentStatusId',
  'updatedOn',
  'parentOrderId',
  'orderShippingStatusId',
  'externalRef',
  'installedIntegrationInstanceId',
  'warehouseId',
  'staffOwnerContactId',
  'taxDate',
  'departmentId',
  'deliveryDate',
] as const;

export const PRODUCT_SEARCH_COLUMNS = [
  'productId',
  'productName',
  'SKU',
  'barcode',
  'EAN',
  'UPC',
  'ISBN',
  'MPN',
  'stockTracked',
  'salesChannelName',
  'createdOn',
  'updatedOn',
  'brightpearlCategoryCode',
  'productGroupId',
  'brandId',
  'productTypeId',
  'productStatus',
  'primarySupplierId',
] as const;

export const CONTACT_SEARCH_COLUMNS = [
  'contactId',
  'primaryEmail',
  'secondaryEmail',
  'tertiaryEmail',
  'firstName',
  'lastName',
  'isSupplier',
  'companyName',
  'isStaff',
  'isCustomer',
  'createdOn',
  'updatedOn',
  'lastContactedOn',
  'lastOrderedOn',
  'nominalCode',
  'isPrimary',
  'pri',
  'sec',
  'mob',
  'exactCompanyName',
  'title',
] as const;
