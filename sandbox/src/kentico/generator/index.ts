export { defaultCatalog, skuOf, type CatalogItem } from './catalog';
export {
  createOrderGenerator,
  type OrderGenerator,
  type OrderGeneratorOptions,
} from './order-generator';
export { createRng, mulberry32, type Rng } from './prng';
