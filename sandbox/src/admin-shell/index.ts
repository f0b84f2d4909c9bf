export { adminShellRouter, type AdminShellOptions } from './shell-router';
export { SHELL_PAGES } from './shell-page';
export { SHELL_USERS } from './shell-users';
