import { setTimeout as sleep } from 'node:timers/promises';

import { send, type Tally } from './traffic';

/**
 * What the admin module asks for while open (kentico-admin-module/Client/src): the Overview and
 * the Orders list refresh every 5 s, the Failures screen its groups every 10 s, an open order
 * every 5 s. One merchant user keeps all four open and opens another order every 10 s.
 */
const SCREENS: Array<{ path: (orderGuid: string) => string; everyMs: number }> = [
  { path: () => '/api/v1/overview', everyMs: 5_000 },
  { path: () => '/api/v1/orders?page=1', everyMs: 5_000 },
  { path: () => '/api/v1/failures/groups', everyMs: 10_000 },
  { path: (guid) => `/api/v1/orders/${guid}`, everyMs: 5_000 },
  { path: (guid) => `/api/v1/orders/${guid}?opened=1`, everyMs: 10_000 },
];

/** `users` merchant users behind one office IP, each with every screen open, for `durationMs`. */
export async function adminSessions(input: {
  port: number;
  users: number;
  durationMs: number;
  authorization: () => string;
  orderGuid: string;
  tally: Tally;
}): Promise<void> {
  const until = Date.now() + input.durationMs;
  const poll = async (screen: (typeof SCREENS)[number], offsetMs: number) => {
    await sleep(offsetMs);
    // By the clock, as setInterval in the page does: a slow answer does not slow the polling.
    const answers: Array<Promise<void>> = [];
    for (let next = Date.now(); next < until; next += screen.everyMs) {
      await sleep(Math.max(0, next - Date.now()));
      const headers = {
        authorization: input.authorization(),
        origin: 'https://shop-admin.example.com',
      };
      answers.push(
        send(input.port, { method: 'GET', path: screen.path(input.orderGuid), headers }).then(
          (status) => input.tally.add(status),
        ),
      );
    }
    await Promise.all(answers);
  };
  const tabs = [];
  for (let user = 0; user < input.users; user++) {
    // Users and screens start at different moments, as people do.
    for (const screen of SCREENS) tabs.push(poll(screen, Math.random() * screen.everyMs));
  }
  await Promise.all(tabs);
}
