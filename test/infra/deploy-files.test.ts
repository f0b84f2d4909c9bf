import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { load } from 'js-yaml';

import { dockerStages } from './dockerfile';

const repoRoot = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');
const yaml = <T>(path: string) => load(read(path)) as T;

interface AzdTemplate {
  infra: { path: string; module: string };
  services: Record<string, unknown>;
}
interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  permissions?: Record<string, string>;
  jobs: Record<string, { uses?: string; steps?: Step[] }>;
}

describe('azd template (azure.yaml)', () => {
  const azure = yaml<AzdTemplate>('azure.yaml');

  it('deploys the companion service, as JavaScript, to App Service, from the lean artifact', () => {
    expect(azure.services['companion']).toEqual({
      project: '.',
      dist: 'artifact',
      language: 'js',
      host: 'appservice',
    });
    expect(existsSync(join(repoRoot, azure.infra.path, `${azure.infra.module}.bicep`))).toBe(true);
  });

  it('passes only parameters main.bicep declares', () => {
    const parameters = JSON.parse(read('infra/main.parameters.json')).parameters as object;
    const main = read('infra/main.bicep');
    for (const name of Object.keys(parameters))
      expect(main).toMatch(new RegExp(`^param ${name} `, 'm'));
  });
});

describe('GitHub workflows', () => {
  it('CI runs the repository CI entry point', () => {
    const ci = yaml<Workflow>('.github/workflows/ci.yml');
    const steps = ci.jobs['ci']?.steps ?? [];
    expect(steps.some((step) => step.run?.includes('.ci/run'))).toBe(true);
  });

  it('deploy runs CI, packages on Node 22, logs in with OIDC and deploys the zip', () => {
    const deploy = yaml<Workflow>('.github/workflows/deploy.yml');
    expect(deploy.permissions?.['id-token']).toBe('write');
    expect(deploy.jobs['ci']?.uses).toBe('./.github/workflows/ci.yml');
    const steps = deploy.jobs['deploy']?.steps ?? [];
    const step = (uses: string) => steps.find((s) => s.uses?.startsWith(uses));
    expect(step('actions/setup-node')?.with?.['node-version']).toBe(22);
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(
      expect.arrayContaining(['npm run package', 'npm run check:artifact']),
    );
    expect(step('azure/login')?.with).toEqual(
      expect.objectContaining({ 'client-id': expect.any(String) }),
    );
    expect(step('azure/login')?.with).not.toHaveProperty('creds');
    expect(step('azure/webapps-deploy')?.with?.['package']).toBe('companion.zip');
  });
});

describe('Dockerfile', () => {
  const stages = dockerStages(read('Dockerfile'));
  const runtime = stages[stages.length - 1]!;

  it('runs on node:22-slim as a non-root user, on 0.0.0.0, with a /healthz health check', () => {
    expect(runtime.from).toBe('node:22-slim');
    expect(runtime.instructions.find((i) => i.op === 'USER')?.args).toBe('node');
    expect(runtime.instructions.find((i) => i.op === 'ENV')?.args).toMatch(/HOST=0\.0\.0\.0/);
    expect(runtime.instructions.find((i) => i.op === 'HEALTHCHECK')?.args).toMatch(/\/healthz/);
    expect(runtime.instructions.find((i) => i.op === 'CMD')?.args).toBe(
      '["node", "companion-service/dist/main.js"]',
    );
  });

  it("copies only the build stage's artifact/ into the runtime image", () => {
    const copies = runtime.instructions.filter((i) => i.op === 'COPY' || i.op === 'ADD');
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies)
      expect(copy.args).toMatch(/^--from=build (--chown=\S+ )?\/src\/artifact\/ \.\/$/);
    expect(stages.find((s) => s.name === 'build')?.instructions.map((i) => i.args)).toContain(
      'node scripts/package-companion.mjs --no-zip',
    );
  });

  it('keeps local installs, builds and data out of the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    expect(ignored).toEqual(
      expect.arrayContaining(['**/node_modules', '**/dist', 'artifact', '.data']),
    );
  });
});
