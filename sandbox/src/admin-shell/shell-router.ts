import path from 'node:path';

import { type Request, type Response, Router } from 'express';

import { commandBody } from './command-body';

import { importMapAssets, loaderScripts, missingAssets, SHELL_SCRIPT } from './shell-assets';
import { assetName, renderShellPage, SHELL_PAGES, type ShellPageInput } from './shell-page';
import {
  isShellUser,
  mintShellToken,
  SHELL_USERS,
  type ShellTokenKey,
  type ShellUserName,
} from './shell-users';

export interface AdminShellOptions {
  /** The companion's admin token key (the shell plays the C# page that mints tokens). */
  tokenKey: ShellTokenKey;
  /** Token lifetime in seconds (default 600, like the C# default). */
  tokenLifetimeSeconds?: number;
  /** The Kentico order number of an order, for the order-detail page's properties. */
  orderNumberOf?: (orderGuid: string) => string | null;
}

const USER_COOKIE = 'bpconnect_shell_user';

function shellUser(req: Request, res: Response): ShellUserName {
  const asked = req.query.as;
  if (isShellUser(asked)) {
    res.cookie(USER_COOKIE, asked, { httpOnly: true, sameSite: 'strict', path: '/admin' });
    return asked;
  }
  const cookie = /(?:^|;\s*)bpconnect_shell_user=([a-z]+)/.exec(req.header('cookie') ?? '')?.[1];
  return isShellUser(cookie) ? cookie : 'admin';
}

function staticRoutes(router: Router): void {
  for (const asset of [...importMapAssets(), ...loaderScripts()]) {
    router.get(`/admin/static/${assetName(asset)}`, (_req, res) => {
      res.set('Cache-Control', 'no-store').sendFile(asset.file);
    });
  }
  router.get('/admin/static/shell.js', (_req, res) => res.sendFile(SHELL_SCRIPT));
  router.get('/admin/static/shell.css', (_req, res) =>
    res.sendFile(path.join(path.dirname(SHELL_SCRIPT), 'shell.css')),
  );
}

/**
 * The sandbox's stand-in for the XbyK admin: serves the real client module's templates at
 * /admin with the real Kentico bundles, mints admin tokens like the C# pages, and answers the
 * `RefreshAdminToken` page command the way the admin's command endpoint does.
 */
export function adminShellRouter(options: AdminShellOptions): Router {
  const lifetimeSeconds = options.tokenLifetimeSeconds ?? 600;
  const router = Router();
  staticRoutes(router);
  const page = (req: Request, res: Response, input: Omit<ShellPageInput, keyof UserBits>) => {
    const missing = missingAssets();
    if (missing.length > 0) {
      res
        .status(503)
        .type('text/plain')
        .send(
          `The admin module is not built. Run: npm run build:admin\nMissing:\n${missing.join('\n')}`,
        );
      return;
    }
    const user = shellUser(req, res);
    const token = mintShellToken({ key: options.tokenKey, user, lifetimeSeconds });
    const companionUrl = `${req.protocol}://${req.get('host')}`;
    const props = { companionUrl, ...token, ...input.props };
    res.type('html').send(renderShellPage({ ...input, props, ...userBits(user) }));
  };
  router.get(['/admin', '/admin/'], (_req, res) => res.redirect('/admin/overview'));
  for (const entry of SHELL_PAGES) {
    router.get(`/admin/${entry.slug}`, (req, res) =>
      page(req, res, {
        active: entry.slug,
        title: entry.title,
        template: entry.template,
        props: {},
      }),
    );
  }
  router.get('/admin/orders/:orderGuid', (req, res) => {
    const orderGuid = String(req.params.orderGuid);
    const orderNumber = options.orderNumberOf?.(orderGuid) ?? '';
    page(req, res, {
      active: 'orders',
      title: `Order ${orderNumber || orderGuid}`,
      template: 'OrderDetail',
      props: { orderGuid, orderNumber },
    });
  });
  router.post('/admin/api/cmd', commandBody(), (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    // Only a string names a command: an object could make String() throw (a 500 for bad input).
    if (typeof body.command !== 'string') {
      res.status(400).json({ error: 'command must be a string', field: 'command' });
      return;
    }
    const command = body.command;
    const reply = (result: unknown, navigationUrl: string | null = null) =>
      res.json({ result, messages: [], refetchAll: false, navigationUrl });
    if (command === 'RefreshAdminToken') {
      const user = shellUser(req, res);
      reply(mintShellToken({ key: options.tokenKey, user, lifetimeSeconds }));
      return;
    }
    if (command === 'OpenOrderDetail') {
      const orderGuid = orderGuidOf(body.data);
      if (!orderGuid) {
        res
          .status(400)
          .json({ error: 'data.orderGuid must be an order GUID', field: 'data.orderGuid' });
        return;
      }
      reply(null, `/bpconnect/orders/${orderGuid}`);
      return;
    }
    res.status(400).json({ error: `unknown page command "${command}"`, field: 'command' });
  });
  return router;
}

type UserBits = Pick<ShellPageInput, 'userLabel' | 'switchUserHref' | 'switchUserLabel'>;

function userBits(user: ShellUserName): UserBits {
  const other: ShellUserName = user === 'admin' ? 'viewer' : 'admin';
  return {
    userLabel: `Signed in as ${SHELL_USERS[user].name}`,
    switchUserHref: `?as=${other}`,
    switchUserLabel: `switch to ${SHELL_USERS[other].name.toLowerCase()}`,
  };
}

/** The C# OpenOrderDetail command's argument: `{ orderGuid }` as the admin posts it (JSON text). */
function orderGuidOf(data: unknown): string | null {
  try {
    const parsed = (typeof data === 'string' ? JSON.parse(data) : data) as { orderGuid?: unknown };
    const guid = typeof parsed?.orderGuid === 'string' ? parsed.orderGuid.toLowerCase() : '';
    return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(guid)
      ? guid
      : null;
  } catch {
    return null;
  }
}
