import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';

import { createSilentLogger } from '../observability/logger';
import { DataDirLockedError, LOCK_FILE, lockDataDir } from './data-dir-lock';
import { openStore } from './open-store';

const REPO_ROOT = join(__dirname, '..', '..', '..');
const CHILD = join(__dirname, 'test-lock-child.ts');
const logger = createSilentLogger();

/** A real second process opening the store; resolves with its first line of output. */
function openInChild(dataDir: string, mode: 'close' | 'hold' = 'close') {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', CHILD, dataDir, mode],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const firstLine = new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) resolve(stdout.split('\n')[0] ?? '');
    });
    child.once('exit', (code) => reject(new Error(`child exited (${code}) silently: ${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, firstLine, exited };
}

async function kill(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  child.kill('SIGKILL');
  await exited;
}

describe('DATA_DIR lock: the embedded store serves one process', () => {
  let root: string;
  let dataDir: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'bpkc-lock-'));
    dataDir = join(root, 'store');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a second process while open, naming DATABASE_URL; lets it in once closed', async () => {
    const store = await openStore({ dataDir, logger });
    const lock = JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8'));
    expect(lock).toMatchObject({ pid: process.pid, host: hostname() });
    expect(typeof lock.startedAt).toBe('string');

    const refused = openInChild(dataDir);
    const refusal = JSON.parse(await refused.firstLine);
    expect(refusal).toMatchObject({ name: 'DataDirLockedError', retryable: false });
    expect(refusal.message).toContain('DATABASE_URL');
    expect(refusal.message).toContain(`pid ${process.pid}`);
    expect(await refused.exited).toBe(3);

    await store.close();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    const second = openInChild(dataDir);
    expect(await second.firstLine).toBe('opened');
    expect(await second.exited).toBe(0);
  });

  it('takes over the lock of a process that was killed holding it', async () => {
    const holder = openInChild(dataDir, 'hold');
    expect(await holder.firstLine).toBe('opened');
    await expect(openStore({ dataDir, logger })).rejects.toBeInstanceOf(DataDirLockedError);
    await kill(holder.child, holder.exited);

    const store = await openStore({ dataDir, logger });
    const lock = JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8'));
    expect(lock.pid).toBe(process.pid);
    await store.close();
  });

  it('refuses a second open in the same process too', async () => {
    const store = await openStore({ dataDir, logger });
    await expect(openStore({ dataDir, logger })).rejects.toThrow(/DATABASE_URL/);
    await store.close();
  });
});

describe('DATA_DIR lock held from another host (a shared volume)', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'bpkc-lock-foreign-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const foreignLock = (touchedSecondsAgo: number) => {
    const path = join(dataDir, LOCK_FILE);
    const owner = { pid: 1, host: 'other-host', startedAt: '2026-01-01T00:00:00Z', token: 't' };
    writeFileSync(path, JSON.stringify(owner));
    const touched = new Date(Date.now() - touchedSecondsAgo * 1000);
    utimesSync(path, touched, touched);
  };

  it('is respected while its holder keeps touching it', () => {
    foreignLock(10);
    expect(() => lockDataDir(dataDir)).toThrow(/pid 1 on other-host/);
  });

  it('is taken over once its holder has stopped touching it', () => {
    foreignLock(600);
    const lock = lockDataDir(dataDir);
    expect(JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')).host).toBe(hostname());
    lock.release();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });
});
