import { BrightpearlError, ERROR_CODES, notFound, parseBody } from '../errors';
import type { RouteContext } from '../route';
import { formatTimestamp, takeId } from '../state';
import type { SimulatorState, StoredProduct } from '../state';
import { ProductCreateBody, ProductUpdateBody } from './product-input';

const invalid = (message: string) =>
  BrightpearlError.of(400, ERROR_CODES.productValidation, message);

/**
 * POST /product-service/product → the new id (reference §7.3, [REC]); raises product.created.
 * Whether Brightpearl refuses a duplicate SKU is UNCONFIRMED; we refuse it (400) because a
 * catalog sync that silently doubles products is the failure worth surfacing.
 */
export function createProduct(context: RouteContext): number {
  const { state } = context;
  const input = parseBody(ProductCreateBody, context.body, ERROR_CODES.productValidation);
  if (input.brandId === undefined) {
    throw BrightpearlError.of(400, ERROR_CODES.productBrandRequired, 'You must supply a brand ID.');
  }
  const sku = input.identity?.sku ?? '';
  const duplicate = sku === '' ? undefined : findBySku(state, sku);
  if (duplicate) {
    const message = `SKU ${sku} is already used by product ${duplicate.id}`;
    throw BrightpearlError.of(400, ERROR_CODES.productDuplicateSku, message);
  }
  // Every check runs before an id is taken: a refused product must not burn an id.
  const taxCode = resolveTaxCode(state, input.financialDetails?.taxCode);
  const now = formatTimestamp(context.now());
  const product: StoredProduct = {
    id: takeId(state, 'product'),
    sku,
    name: input.salesChannels[0]?.productName ?? '',
    brandId: input.brandId,
    // A new product has no prices yet; product-price shows `quantityPrice: {}` (§7.4).
    prices: new Map([[state.lookups.accountConfiguration.defaultPriceListId, {}]]),
    taxCode,
    // Only tracked when asked ("add stock.stockTracked as needed", reference §7.3).
    stockTracked: input.stock?.stockTracked ?? false,
    status: input.status ?? 'LIVE',
    nominalCodeSales: state.lookups.accountConfiguration.salesNominalCode,
    ...variantFields(input),
    createdOn: now,
    updatedOn: now,
  };
  state.products.set(product.id, product);
  context.emit({ resourceType: 'product', lifecycleEvent: 'created', ids: [product.id] });
  return product.id;
}

/**
 * PUT /product-service/product/{id} with a partial body → `{}` (reference §7.3); raises
 * product.modified. Identity is not changed here: it has its own PUT, which replaces the whole
 * block (§7.3), and is not simulated.
 */
export function updateProduct(context: RouteContext): void {
  const { state } = context;
  const product = state.products.get(Number(context.params['id']));
  if (!product) throw notFound(`Cannot find product ${context.params['id'] ?? ''}`);
  const input = parseBody(ProductUpdateBody, context.body, ERROR_CODES.productValidation);
  const taxCode = input.financialDetails?.taxCode;
  const changes: Partial<StoredProduct> = {
    ...(input.salesChannels?.[0] ? { name: input.salesChannels[0].productName } : {}),
    ...(input.brandId === undefined ? {} : { brandId: input.brandId }),
    ...(input.status === undefined ? {} : { status: input.status }),
    ...(taxCode === undefined ? {} : { taxCode: resolveTaxCode(state, taxCode) }),
    ...variantFields(input),
  };
  Object.assign(product, changes, { updatedOn: formatTimestamp(context.now()) });
  context.emit({ resourceType: 'product', lifecycleEvent: 'modified', ids: [product.id] });
}

function findBySku(state: SimulatorState, sku: string): StoredProduct | undefined {
  for (const product of state.products.values()) if (product.sku === sku) return product;
  return undefined;
}

/** `{id, code}` on products (reference §12.9): either names a tax code; default the account's. */
function resolveTaxCode(
  state: SimulatorState,
  taxCode: { id?: number; code?: string } | undefined,
): string {
  const { taxCodes, accountConfiguration } = state.lookups;
  const found =
    taxCode?.code !== undefined
      ? taxCodes.find((candidate) => candidate.code === taxCode.code)
      : taxCodes.find(
          (candidate) => candidate.id === (taxCode?.id ?? accountConfiguration.defaultTaxRateId),
        );
  if (!found)
    throw invalid(`financialDetails.taxCode: tax code ${JSON.stringify(taxCode)} does not exist`);
  return found.code;
}

function variantFields(input: ProductUpdateBody): Partial<StoredProduct> {
  return {
    ...(input.productGroupId === undefined ? {} : { productGroupId: input.productGroupId }),
    ...(input.variations === undefined ? {} : { variations: input.variations }),
  };
}
