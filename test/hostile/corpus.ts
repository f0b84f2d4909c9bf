import { adminCases } from './corpus-admin';
import { adminAuthCases } from './corpus-admin-auth';
import { brightpearlCases } from './corpus-brightpearl';
import { configureCases } from './corpus-configure';
import { framingCases } from './corpus-framing';
import { kenticoCases } from './corpus-kentico';
import { oauthCases, opsCases } from './corpus-oauth-ops';
import { shellCases } from './corpus-shell';
import type { HostileCase } from './hostile-case';

/** Every case run one after another (slow senders and floods are separate: corpus-slow.ts). */
export const corpus = (): HostileCase[] => [
  ...opsCases(),
  ...kenticoCases(),
  ...brightpearlCases(),
  ...adminAuthCases(),
  ...adminCases(),
  ...configureCases(),
  ...oauthCases(),
  ...shellCases(),
  ...framingCases(),
];
