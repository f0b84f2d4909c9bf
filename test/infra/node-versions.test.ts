import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const repoRoot = join(__dirname, '..', '..');
const manifest = (path: string) =>
  JSON.parse(readFileSync(join(repoRoot, path, 'package.json'), 'utf8')) as {
    engines?: { node?: string };
    workspaces?: string[];
  };

// Node 20 reached end of life in April 2026; App Service runs NODE|22-lts. CI runs the suite on
// 20 and a smoke subset on 22 (.ci/run), so both are declared, and nothing older.
describe('supported Node versions', () => {
  const root = manifest('.');

  it.each(['.', ...(root.workspaces ?? [])])('%s declares the same engines as the root', (path) => {
    expect(manifest(path).engines?.node).toBe(root.engines?.node);
  });

  it('are Node 20.19+ and Node 22, both tested by CI', () => {
    expect(root.engines?.node).toBe('^20.19.0 || ^22.13.0');
    expect(readFileSync(join(repoRoot, '.ci', 'run'), 'utf8')).toMatch(/npx -y -p node@22/);
  });

  it('App Service and the Docker image run Node 22', () => {
    expect(readFileSync(join(repoRoot, 'infra/modules/web-app.bicep'), 'utf8')).toContain(
      "linuxFxVersion: 'NODE|22-lts'",
    );
    expect(readFileSync(join(repoRoot, 'Dockerfile'), 'utf8')).toMatch(
      /^FROM node:22-slim AS runtime$/m,
    );
  });
});
