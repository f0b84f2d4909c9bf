/**
 * The rate limits the companion child runs under (set through its RATE_LIMIT_* settings): above
 * everything the corpus and the order load send in a minute, so no ordinary case is throttled;
 * each flood then sends more than its family's limit and must be answered 429.
 */
export const ADMIN_LIMIT = 400;
export const WEBHOOK_LIMIT = 3000;
export const FLOOD_MARGIN = 50;
