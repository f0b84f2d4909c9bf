import { type HostileCase, status } from './hostile-case';

const CMD = '/admin/api/cmd';

function shell(name: string, request: HostileCase['request'], codes: number[]): HostileCase {
  return {
    name: `sandbox shell: ${name}`,
    surface: 'shell',
    target: 'shell',
    request,
    expect: status(...codes),
  };
}

function multipart(
  parts: string[],
  boundary = 'XyZ',
): { headers: Record<string, string>; body: string } {
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    body: parts.map((part) => `--${boundary}\r\n${part}\r\n`).join('') + `--${boundary}--\r\n`,
  };
}

const field = (name: string, value: string) =>
  `Content-Disposition: form-data; name="${name}"\r\n\r\n${value}`;

function cmd(
  name: string,
  body: { headers: Record<string, string>; body: string },
  codes: number[],
) {
  return shell(name, () => ({ method: 'POST', path: CMD, ...body }), codes);
}

export const shellCases = (): HostileCase[] => [
  cmd('multipart RefreshAdminToken', multipart([field('command', 'RefreshAdminToken')]), [200]),
  cmd('multipart unknown command', multipart([field('command', 'DropTables')]), [400]),
  cmd(
    'multipart with a file part',
    multipart([
      `Content-Disposition: form-data; name="f"; filename="x.exe"\r\nContent-Type: application/octet-stream\r\n\r\nMZ`,
    ]),
    [400, 413],
  ),
  cmd('multipart 2 MB field', multipart([field('command', 'x'.repeat(2_000_000))]), [400, 413]),
  cmd(
    'multipart 5000 fields',
    multipart(Array.from({ length: 5000 }, (_, i) => field(`f${i}`, 'v'))),
    [400, 413],
  ),
  cmd(
    'multipart unterminated',
    {
      headers: { 'content-type': 'multipart/form-data; boundary=XyZ' },
      body: `--XyZ\r\n${field('command', 'a')}`,
    },
    [400],
  ),
  cmd(
    'multipart without boundary',
    { headers: { 'content-type': 'multipart/form-data' }, body: 'abc' },
    [400],
  ),
  cmd('multipart NUL in command', multipart([field('command', 'a\u0000b')]), [400]),
  cmd(
    'JSON unknown command',
    { headers: { 'content-type': 'application/json' }, body: '{"command":"x"}' },
    [400],
  ),
  cmd(
    'JSON invalid',
    { headers: { 'content-type': 'application/json' }, body: '{"command":' },
    [400],
  ),
  cmd(
    'JSON OpenOrderDetail with a bad GUID',
    {
      headers: { 'content-type': 'application/json' },
      body: '{"command":"OpenOrderDetail","data":"{\\"orderGuid\\":\\"../x\\"}"}',
    },
    [400],
  ),
  cmd(
    'JSON command as an object',
    { headers: { 'content-type': 'application/json' }, body: '{"command":{"toString":1}}' },
    [400],
  ),
  cmd(
    'JSON 2 MB',
    {
      headers: { 'content-type': 'application/json' },
      body: `{"command":"${'x'.repeat(2_000_000)}"}`,
    },
    [400, 413],
  ),
  shell(
    'static traversal (encoded slashes)',
    () => ({ method: 'GET', path: '/admin/static/..%2f..%2f..%2fpackage.json' }),
    [400, 404],
  ),
  shell(
    'static traversal (dot segments)',
    () => ({ method: 'GET', path: '/admin/static/%2e%2e/%2e%2e/%2e%2e/package.json' }),
    [400, 404],
  ),
  shell(
    'static traversal (raw ../)',
    () => ({ method: 'GET', path: '/admin/static/../../../../etc/passwd' }),
    [400, 404],
  ),
  shell(
    'static traversal (backslashes)',
    () => ({ method: 'GET', path: '/admin/static/..%5c..%5cpackage.json' }),
    [400, 404],
  ),
];
