import type { ConfigurationTemplate } from '@bpkc/shared-types';

import { b2bNetTerms } from './b2b-net-terms';
import { euMultiCurrency } from './eu-multi-currency';
import type { TemplateDefinition } from './template';
import { ukSingleWarehouse } from './uk-single-warehouse';

export const TEMPLATES: readonly TemplateDefinition[] = [
  ukSingleWarehouse,
  euMultiCurrency,
  b2bNetTerms,
];

/** GET /templates: what each one is, without the code that applies it. */
export function listTemplates(): ConfigurationTemplate[] {
  return TEMPLATES.map(({ id, name, description, highlights }) => ({
    id,
    name,
    description,
    highlights,
  }));
}

export const findTemplate = (id: string): TemplateDefinition | undefined =>
  TEMPLATES.find((template) => template.id === id);
