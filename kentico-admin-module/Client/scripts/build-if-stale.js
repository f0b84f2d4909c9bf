// `npm start` needs the built module for the sandbox's /admin screens. Building takes ~20 s, so
// this builds only when dist/ is missing or older than a source file.
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const outputs = ['dist/entry.js', 'dist-shell/react-router-dom.js'].map((f) => path.join(root, f));
const inputs = [
  'src',
  'shell-vendor',
  'webpack.config.js',
  'webpack.vendor.config.js',
  'package.json',
];

function newestMtime(target) {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}

const built = outputs.every(existsSync) ? Math.min(...outputs.map((f) => statSync(f).mtimeMs)) : 0;
const changed = Math.max(...inputs.map((f) => newestMtime(path.join(root, f))));
if (built < changed) {
  process.stdout.write('Building the Kentico admin module for the /admin screens...\n');
  execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });
}
