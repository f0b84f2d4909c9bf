import { z } from 'zod';

import { parseBody, validateRequest } from './envelope';
import type { Transport } from './http';
import type { CallOptions } from './types';

const ENDPOINTS = {
  patchCustomFields: 'PATCH /order-service/order/{id}/custom-field',
  addNote: 'POST /order-service/order/{id}/note',
} as const;

/** Custom field codes are PCF_… style identifiers; values are plain scalars. */
const CustomFields = z
  .record(
    z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,99}$/),
    z.union([z.string(), z.number(), z.boolean()]),
  )
  .refine((fields) => Object.keys(fields).length > 0, 'no custom fields to set');

const Note = z.object({
  orderId: z.number().int().positive(),
  text: z.string().trim().min(1).max(5000),
});

// UNCONFIRMED shapes (reference §5.8 and the note row): the PATCH answers the full custom-field
// map, the note POST an id. Both are read loosely: a 2xx is what matters.
const LooseResponse = z.unknown();

export interface OrderAnnotationMethods {
  /**
   * Sets custom fields with JSON-Patch `add` ops (reference §5.8: `add` upserts; `replace` fails
   * on an empty field). Idempotent: sending the same fields twice leaves the same values.
   */
  setOrderCustomFields(
    orderId: number,
    fields: Record<string, string | number | boolean>,
    call?: CallOptions,
  ): Promise<void>;
  /** A private note on the order. NOT idempotent: Brightpearl has no key to find a sent note by. */
  addOrderNote(orderId: number, text: string, call?: CallOptions): Promise<void>;
}

export function createOrderAnnotationsApi(transport: Transport): OrderAnnotationMethods {
  return {
    async setOrderCustomFields(orderId, fields, call) {
      const endpoint = ENDPOINTS.patchCustomFields;
      const id = validateRequest(z.number().int().positive(), orderId, endpoint);
      const valid = validateRequest(CustomFields, fields, endpoint);
      const ops = Object.entries(valid).map(([code, value]) => ({
        op: 'add',
        path: `/${code}`,
        value,
      }));
      const response = await transport.send({
        method: 'PATCH',
        endpoint,
        path: `/order-service/order/${id}/custom-field`,
        body: ops,
        call,
      });
      parseBody(LooseResponse, response, endpoint);
    },

    async addOrderNote(orderId, text, call) {
      const endpoint = ENDPOINTS.addNote;
      const valid = validateRequest(Note, { orderId, text }, endpoint);
      const response = await transport.send({
        method: 'POST',
        endpoint,
        path: `/order-service/order/${valid.orderId}/note`,
        body: { text: valid.text, isPublic: false },
        call,
      });
      parseBody(LooseResponse, response, endpoint);
    },
  };
}
