import { importMapAssets, loaderScripts, type ShellAsset } from './shell-assets';

/** The admin screens the shell serves, as the C# application registers them. */
export const SHELL_PAGES = [
  { slug: 'overview', title: 'Overview', template: 'Overview' },
  { slug: 'insights', title: 'Insights', template: 'Insights' },
  { slug: 'orders', title: 'Orders', template: 'Orders' },
  { slug: 'failures', title: 'Failures', template: 'Failures' },
  { slug: 'mappings', title: 'Mappings', template: 'Mappings' },
  { slug: 'rules', title: 'Rules', template: 'Rules' },
  { slug: 'held', title: 'Held', template: 'Held' },
  { slug: 'suggestions', title: 'Suggestions', template: 'Suggestions' },
  { slug: 'transforms', title: 'Transforms', template: 'Transforms' },
  { slug: 'settings', title: 'Settings', template: 'Settings' },
  { slug: 'configuration', title: 'Configuration', template: 'Configuration' },
  { slug: 'jobs', title: 'Jobs', template: 'Jobs' },
  { slug: 'audit', title: 'Audit', template: 'Audit' },
  { slug: 'connection', title: 'Connection', template: 'Connection' },
] as const;

/** The URL name of an asset under /admin/static/ ("@kentico/x" → "kentico-x.js"). */
export const assetName = (asset: ShellAsset) =>
  `${asset.specifier.replace(/^@/, '').replace(/[^a-z0-9.-]+/gi, '-')}.js`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JSON safe inside a <script> element (no "</script>" can close it early). */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export interface ShellPageInput {
  /** Slug of the active nav entry. */
  active: string;
  title: string;
  /** Template export without the "Template" suffix, e.g. "Orders". */
  template: string;
  props: Record<string, unknown>;
  userLabel: string;
  switchUserHref: string;
  switchUserLabel: string;
}

function navigation(input: ShellPageInput): string {
  const links = SHELL_PAGES.map(
    (page) =>
      `<a href="${page.slug}"${page.slug === input.active ? ' aria-current="page"' : ''}>${page.title}</a>`,
  ).join('');
  return `<header class="shell-header"><strong>Brightpearl Connect</strong><nav>${links}</nav>
<span class="shell-user">${escapeHtml(input.userLabel)} ·
<a href="${escapeHtml(input.switchUserHref)}">${escapeHtml(input.switchUserLabel)}</a></span></header>`;
}

/**
 * One admin page: the import map the XbyK admin host would provide, SystemJS, and the template
 * with the properties the C# page would hand it.
 */
export function renderShellPage(input: ShellPageInput): string {
  const imports = Object.fromEntries(
    importMapAssets().map((asset) => [asset.specifier, `./static/${assetName(asset)}`]),
  );
  const scripts = loaderScripts()
    .map((asset) => `<script src="static/${assetName(asset)}"></script>`)
    .join('');
  const config = {
    template: input.template,
    props: input.props,
    pagePath: `bpconnect/${input.active}`,
  };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(input.title)} · Brightpearl Connect (sandbox admin)</title>
<base href="/admin/"><link rel="icon" href="data:,">
<link rel="stylesheet" href="static/shell.css">
<script type="systemjs-importmap">${scriptJson({ imports })}</script>
${scripts}
<script type="application/json" id="shell-config">${scriptJson(config)}</script>
</head><body>${navigation(input)}
<main id="shell-root" aria-live="polite"></main>
<script src="static/shell.js"></script></body></html>`;
}
