import { createServer } from 'node:net';
import { join } from 'node:path';

import { type CompanionProcess, companionProcess } from './companion-process';

/**
 * N companion processes on one Postgres (same env, own port and log each), as several App
 * Service instances behind one address would be. The balancer routes to `urls`.
 */
export interface CompanionCluster {
  readonly size: number;
  readonly urls: string[];
  readonly instances: readonly CompanionProcess[];
  logFile(index: number): string;
  /** The first alone (it migrates the schema), then the others together. */
  start(): Promise<void>;
  stop(): Promise<void>;
  killNow(): void;
  readonly unexpectedExits: number;
}

export async function companionCluster(options: {
  size: number;
  repoRoot: string;
  env: Record<string, string>;
  dir: string;
}): Promise<CompanionCluster> {
  const ports: number[] = [];
  while (ports.length < options.size) {
    const port = await freePort();
    if (!ports.includes(port)) ports.push(port);
  }
  const logFile = (index: number) => join(options.dir, `companion-${index}.log`);
  const instances = ports.map((port, index) =>
    companionProcess({
      repoRoot: options.repoRoot,
      env: { ...options.env, PORT: String(port) },
      logFile: logFile(index),
    }),
  );
  return {
    size: options.size,
    urls: instances.map((instance) => instance.url),
    instances,
    logFile,
    async start() {
      await instances[0]!.start();
      await Promise.all(instances.slice(1).map((instance) => instance.start()));
    },
    stop: async () => {
      await Promise.all(instances.map((instance) => instance.stop()));
    },
    killNow: () => instances.forEach((instance) => instance.killNow()),
    get unexpectedExits() {
      return instances.reduce((sum, instance) => sum + instance.unexpectedExits, 0);
    },
  };
}

/** A free loopback port, fixed for the whole run so every restart keeps the same address. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}
