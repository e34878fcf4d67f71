import { isLuoshiError } from '../errors.js';
import { cleanCommand } from './clean.js';
import { extractCommand } from './extract.js';
import { verifyCommand } from './verify.js';

/** Documented exit codes (after textlint): 0 ok, 1 findings/failure, 2 bad input or usage. */
export const EXIT = { ok: 0, failed: 1, badInput: 2 } as const;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

const commands: Record<string, (args: string[], io: Io) => Promise<number>> = {
  clean: cleanCommand,
  extract: extractCommand,
  verify: verifyCommand,
};

const usage = `usage: luoshi <command> [options]

commands:
  clean FILE|- [--format text|json] [--encoding NAME] [--max-size MB] [--out PATH]
      read a report as found and print its cleaned body (json: text, body, edits)
  extract FILE…|DIR [--format json|csv|md] [--out PATH] [--encoding NAME] [--max-size MB]
      every target, milestone, achievement and task with its span in the original;
      several files run over all cores with a progress bar and a summary
  verify TARGETS_FILE RESULTS_FILE [--format json|md] [--out PATH]
      each target of year N against the government's report of year N+1: achieved, missed or not mentioned
`;

/** The whole command line as a function: never calls process.exit, never lets a stack trace out for bad input. */
export async function run(argv: string[], io: Io = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage);
    return name ? EXIT.ok : EXIT.badInput;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`luoshi: unknown command "${name}"\n${usage}`);
    return EXIT.badInput;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (isLuoshiError(e)) {
      io.stderr(`luoshi ${name}: ${e.message}\n`);
      return EXIT.badInput;
    }
    if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`luoshi ${name}: ${e.message}\n`);
      return EXIT.badInput;
    }
    throw e;
  }
}
