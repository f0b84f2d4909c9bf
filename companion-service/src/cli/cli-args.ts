/** `npm run config -- <command> [file] [--url U] [--token T] [--sandbox] [--yes] [--comment C]`. */
export interface CliArgs {
  command: 'export' | 'import' | 'diff';
  file?: string;
  url?: string;
  token?: string;
  sandbox: boolean;
  yes: boolean;
  comment?: string;
}

export const USAGE = `usage: npm run config -- <command> [file] [options]
  export [file]   write the current configuration (stdout without a file)
  diff <file>     check a configuration file against the companion and show what would change
  import <file>   the same, then store it as a new version (needs --yes)
options:
  --url <url>      the companion (default http://127.0.0.1:$PORT)
  --token <token>  an admin token (default: ADMIN_TOKEN, else signed from ADMIN_TOKEN_SECRET,
                   INSTALLATION_ID and ADMIN_TOKEN_AUDIENCE or PUBLIC_URL)
  --sandbox        take a token from the sandbox's /admin shell
  --yes            apply the import
  --comment <text> the version's comment (default "Imported from <source>")`;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const VALUED = new Set(['--url', '--token', '--comment']);
const COMMANDS = new Set(['export', 'import', 'diff']);

export function parseCliArgs(argv: string[]): CliArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) positional.push(arg);
    else if (VALUED.has(arg)) {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      flags.set(arg, value);
    } else if (arg === '--yes' || arg === '--sandbox') flags.set(arg, true);
    else throw new UsageError(`unknown option ${arg}`);
  }
  const [command, file, extra] = positional;
  if (!command || !COMMANDS.has(command))
    throw new UsageError('command must be export, import or diff');
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  if (command !== 'export' && !file) throw new UsageError(`${command} needs a file`);
  const text = (name: string) => {
    const value = flags.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  return {
    command: command as CliArgs['command'],
    file,
    url: text('--url'),
    token: text('--token'),
    sandbox: flags.has('--sandbox'),
    yes: flags.has('--yes'),
    comment: text('--comment'),
  };
}
