import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Misconfiguration stops the process, non-zero, naming the setting: both entry points are run
 * as an operator runs them (`npm run start:companion`, `npm start`).
 */
const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const PASSWORD = 'n0t-f0r-l0gs';

interface Exit {
  code: number | null;
  output: string;
}

function run(entry: string, env: Record<string, string>): Promise<Exit> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      ['--conditions=source', join(ROOT, entry)],
      // Only what the test sets: no setting leaks in from the developer's shell.
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, timeout: 90_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error.code as number) ?? null) : 0, output: stdout + stderr }),
    );
  });
}

function liveSettings(dataDir: string): Record<string, string> {
  const mappingFile = join(dataDir, 'mapping.json');
  writeFileSync(
    mappingFile,
    JSON.stringify({
      version: 1,
      brightpearl: { channelId: 1, warehouseId: 2, priceListId: 1 },
      orderStatuses: { Pending: 3 },
      shippingMethods: { Std: 1 },
      taxCodes: { '20': 'T20' },
      currencies: ['GBP'],
    }),
  );
  // Endpoints where nothing answers: the process must stop before it needs them.
  return {
    BRIGHTPEARL_BASE_URL: 'http://127.0.0.1:1',
    BRIGHTPEARL_ACCOUNT_CODE: 'acme',
    BRIGHTPEARL_APP_REF: 'app',
    BRIGHTPEARL_ACCOUNT_TOKEN: 'token',
    KENTICO_BRIDGE_URL: 'http://127.0.0.1:1/bpconnect/v1',
    KENTICO_SHARED_SECRET: '3c9e1f7a05d24b86e0a5c7f19d2b4e83',
    MAPPING_FILE: mappingFile,
    PUBLIC_URL: 'https://companion.example.com',
    DATA_DIR: join(dataDir, 'store'),
    LOG_LEVEL: 'error',
  };
}

async function occupiedPort(): Promise<{ server: Server; port: string }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, port: String(typeof address === 'object' && address ? address.port : 0) };
}

describe('misconfiguration stops the process naming the setting', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'bpkc-misconfig-'));

  it('companion: a port already in use names PORT and HOST', async () => {
    const other = await occupiedPort();
    try {
      const exit = await run('companion-service/src/main.ts', {
        ...liveSettings(dataDir()),
        PORT: other.port,
      });
      expect(exit.code).not.toBe(0);
      expect(exit.output).toContain(`Cannot listen on 127.0.0.1:${other.port}`);
      expect(exit.output).toMatch(/already in use.*set PORT \(and HOST\)/);
    } finally {
      other.server.close();
    }
  });

  it('sandbox demo: a port already in use names PORT instead of printing "synced 0"', async () => {
    const other = await occupiedPort();
    try {
      const exit = await run('sandbox/src/demo/main.ts', {
        PORT: other.port,
        DEMO_DATA_DIR: dataDir(),
      });
      expect(exit.code).not.toBe(0);
      expect(exit.output).toMatch(/already in use.*set PORT \(and HOST\)/);
      expect(exit.output).not.toContain('synced');
    } finally {
      other.server.close();
    }
  });

  it('companion: an unreachable DATABASE_URL is named, its password is not', async () => {
    const exit = await run('companion-service/src/main.ts', {
      ...liveSettings(dataDir()),
      DATABASE_URL: `postgres://bpkc:${PASSWORD}@127.0.0.1:1/companion`,
    });
    expect(exit.code).not.toBe(0);
    expect(exit.output).toContain('Cannot connect to the database in DATABASE_URL');
    expect(exit.output).toContain('postgres://bpkc:***@127.0.0.1:1/companion');
    expect(exit.output).not.toContain(PASSWORD);
  });

  it('companion: ADMIN_TOKEN_SECRET without ADMIN_ORIGIN is refused, naming both', async () => {
    const exit = await run('companion-service/src/main.ts', {
      ...liveSettings(dataDir()),
      ADMIN_TOKEN_SECRET: 'e7b1a04c9d53f28e6b0c4a97d1f5e382',
    });
    expect(exit.code).not.toBe(0);
    expect(exit.output).toContain('ADMIN_TOKEN_SECRET and ADMIN_ORIGIN');
    expect(exit.output).toContain('ADMIN_ORIGIN is missing');
  });

  it('companion: a weak secret and an http public URL are refused, naming both', async () => {
    const weak = 'changeme-changeme-changeme-123456';
    const exit = await run('companion-service/src/main.ts', {
      ...liveSettings(dataDir()),
      KENTICO_SHARED_SECRET: weak,
      PUBLIC_URL: 'http://companion.example.com',
    });
    expect(exit.code).not.toBe(0);
    expect(exit.output).toContain('KENTICO_SHARED_SECRET looks like a placeholder');
    expect(exit.output).toContain('PUBLIC_URL must be https://');
    expect(exit.output).not.toContain(weak);
  });

  it('companion: ALLOW_INSECURE_CONFIG=true starts with a loud warning naming the waiver', async () => {
    const other = await occupiedPort();
    try {
      // The port is taken, so the process stops right after the start logged its warning.
      const exit = await run('companion-service/src/main.ts', {
        ...liveSettings(dataDir()),
        KENTICO_SHARED_SECRET: 'x'.repeat(32),
        ALLOW_INSECURE_CONFIG: 'true',
        LOG_LEVEL: 'warn',
        PORT: other.port,
      });
      expect(exit.output).toContain('INSECURE CONFIGURATION');
      expect(exit.output).toContain('KENTICO_SHARED_SECRET is too easy to guess');
      expect(exit.output).toContain(`Cannot listen on 127.0.0.1:${other.port}`);
    } finally {
      other.server.close();
    }
  });
});
