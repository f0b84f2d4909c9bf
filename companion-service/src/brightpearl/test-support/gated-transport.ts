import type { Transport, TransportRequest, TransportResponse } from '../http';

/**
 * A Transport whose budget slots the test hands out: `grant()` lets the oldest waiting request
 * go (built then, through `atGrant`, as the real transport does); with `idle` set every request
 * goes at once. `answer` plays Brightpearl.
 */
export interface GatedTransport extends Transport {
  idle: boolean;
  answer: (request: TransportRequest) => Promise<TransportResponse> | TransportResponse;
  /** Requests as sent (after atGrant). */
  readonly sent: TransportRequest[];
  waiting(): number;
  grant(): Promise<void>;
}

export function gatedTransport(): GatedTransport {
  const queue: Array<() => Promise<void>> = [];
  const transport: GatedTransport = {
    idle: false,
    answer: () => ({ status: 200, body: { response: 1 } }),
    sent: [],
    waiting: () => queue.length,
    async grant() {
      await queue.shift()?.();
    },
    send(request) {
      return new Promise((resolve, reject) => {
        const go = async () => {
          const built = request.atGrant?.() ?? request;
          transport.sent.push(built);
          try {
            resolve(await transport.answer(built));
          } catch (error) {
            reject(error);
          }
        };
        if (transport.idle) void Promise.resolve().then(go);
        else queue.push(go);
      });
    },
  };
  return transport;
}

/** A multi-message answer: one processed message per entry, inner bodies as JSON strings. */
export function multiAnswer(
  results: Array<{ label: string; statusCode: number; body: unknown }>,
  unprocessed: string[] = [],
): TransportResponse {
  const allGood = unprocessed.length === 0 && results.every((r) => r.statusCode < 300);
  return {
    status: allGood ? 200 : 207,
    body: {
      response: {
        processedMessages: results.map((r) => ({
          label: r.label,
          statusCode: r.statusCode,
          body: { content: JSON.stringify(r.body) },
        })),
        unprocessedMessages: unprocessed,
      },
    },
  };
}
