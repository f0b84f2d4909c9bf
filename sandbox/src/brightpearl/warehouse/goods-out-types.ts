/** The four status flags of a goods-out note, in fulfilment order (reference §8.2, §8.4). */
export const GON_FLAGS = ['printed', 'picked', 'packed', 'shipped'] as const;
export type GonFlag = (typeof GON_FLAGS)[number];

/** When a flag was set and by whom (`printedOn`/`printedById`... in the GET shape, §8.2). */
export interface FlagStamp {
  on: string;
  byId: number;
}

export interface GonEvent {
  /** The API's own spelling (reference §8.2). */
  occured: string;
  eventOwnerId: number;
  eventCode: string;
  version: number;
}

export interface GonRow {
  orderRowId: number;
  productId: number;
  /** Whole items. */
  quantity: number;
  /** Items of this line held in allocated stock until the note ships (warehouse/goods-out-stock.ts). */
  allocated: number;
}

export interface StoredGoodsOutNote {
  id: number;
  orderId: number;
  warehouseId: number;
  transfer: boolean;
  priority: boolean;
  /** 1 for an order's first note, 2 for the next... (reference §8.2 `sequence`). */
  sequence: number;
  releaseDate: string;
  createdOn: string;
  createdBy: number;
  shipping: { reference: string; shippingMethodId: number; boxes?: number; weight?: string };
  labelUri?: string;
  rows: GonRow[];
  status: Partial<Record<GonFlag, FlagStamp>>;
  events: GonEvent[];
  lastEventVersion: number;
}
