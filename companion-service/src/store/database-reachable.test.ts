import { createSilentLogger } from '../observability/logger';
import { DatabaseUnreachableError, redactDatabaseUrl } from './database-reachable';
import { openStore } from './open-store';

const PASSWORD = 's3cr3t-Passw0rd';

describe('opening a Postgres store', () => {
  it('fails naming DATABASE_URL, without the password, when nothing answers', async () => {
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    const databaseUrl = `postgres://bpkc:${PASSWORD}@127.0.0.1:1/companion`;
    const opening = openStore({ databaseUrl, logger: createSilentLogger() });
    await expect(opening).rejects.toBeInstanceOf(DatabaseUnreachableError);
    const error = (await opening.catch((caught: unknown) => caught)) as Error;
    expect(error.message).toContain('DATABASE_URL');
    expect(error.message).toContain('postgres://bpkc:***@127.0.0.1:1/companion');
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(error.message).not.toContain(PASSWORD);
  });

  it('shows no part of a value that is not a URL', async () => {
    const databaseUrl = `host=127.0.0.1 port=1 password=${PASSWORD}`;
    const error = (await openStore({ databaseUrl, logger: createSilentLogger() }).catch(
      (caught: unknown) => caught,
    )) as Error;
    expect(error).toBeInstanceOf(DatabaseUnreachableError);
    expect(error.message).toContain('DATABASE_URL');
    expect(error.message).not.toContain(PASSWORD);
  });

  it('redacts only the password of a URL', () => {
    expect(redactDatabaseUrl('postgres://u:p%40ss@db.example.com:5432/app?sslmode=require')).toBe(
      'postgres://u:***@db.example.com:5432/app?sslmode=require',
    );
    expect(redactDatabaseUrl('postgres://db.example.com/app')).toBe(
      'postgres://db.example.com/app',
    );
  });
});
