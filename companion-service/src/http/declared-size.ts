import type { RequestHandler } from 'express';

/**
 * Answers 413 as soon as the headers declare a body larger than the route accepts, and closes
 * the connection. Express's body parsers refuse such a body only after reading ("draining") all
 * of it, so a sender that declares 100 GB and then trickles or stalls would hold the socket
 * until the request timeout; here it gets its answer at once and the rest is never read.
 */
export function refuseDeclaredOversize(maxBytes: number, what: string): RequestHandler {
  return (req, res, next) => {
    const declared = Number(req.headers['content-length']);
    if (!Number.isFinite(declared) || declared <= maxBytes) {
      next();
      return;
    }
    res.setHeader('Connection', 'close');
    res.status(413).json({
      error: `request rejected: ${what} body declared as ${declared} bytes; at most ${maxBytes} accepted`,
    });
  };
}

/** Body limits per route family: the parsers use the same figures (one place to change them). */
export const BODY_LIMITS = {
  kenticoEvent: 64 * 1024,
  brightpearlWebhook: 256 * 1024,
  adminApi: 256 * 1024,
  /** Anything else (health, OAuth callback, unknown paths) takes no body worth reading. */
  other: 256 * 1024,
} as const;
