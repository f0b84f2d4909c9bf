/** The order is still on its way to Brightpearl: retrying shortly will help. */
export class OrderNotInBrightpearlYet extends Error {
  override readonly name = 'OrderNotInBrightpearlYet';
  readonly retryable = true;

  constructor(orderGuid: string) {
    super(`order ${orderGuid} is not in Brightpearl yet`);
  }
}
