import { isLuoshiError } from '../errors.js';
import { isLedgerError } from '../ledger/errors.js';
import type { Io } from './output.js';

/** Documented exit codes (after textlint): 0 ok, 1 findings/failure, 2 bad input or usage. */
export const EXIT = { ok: 0, failed: 1, badInput: 2 } as const;

export type { Io } from './output.js';

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

type Command = (args: string[], io: Io) => Promise<number>;

/**
 * Each command's module, loaded when it runs: `luoshi clean` should not wait for the server, the ledger and the
 * document readers to load (most of a one-line clean's time was spent loading them).
 */
const commands: Record<string, () => Promise<Command>> = {
  clean: async () => (await import('./clean.js')).cleanCommand,
  extract: async () => (await import('./extract.js')).extractCommand,
  verify: async () => (await import('./verify.js')).verifyCommand,
  split: async () => (await import('./split.js')).splitCommand,
  serve: async () => (await import('./serve.js')).serveCommand,
  import: async () => (await import('./import.js')).importCommand,
  export: async () => (await import('./export.js')).exportCommand,
  user: async () => (await import('./user.js')).userCommand,
  backup: async () => (await import('./backup.js')).backupCommand,
};

const usage = `usage: luoshi <command> [options]

commands:
  clean FILE|- [--format text|json] [--encoding NAME] [--max-size MB] [--out PATH]
      read a report as found and print its cleaned body (json: text, body, edits)
  extract FILE…|DIR [--format json|csv|md] [--out PATH] [--encoding NAME] [--max-size MB]
          [--year N] [--region NAME] [--level national|province|city|county]
      every target, milestone, achievement and task with its span in the original;
      several files run over all cores with a progress bar and a summary;
      --year, --region, --level replace what the text says (which year is last year, so each item's kind,
      deadline and period follow), for every file given; a statistical bulletin's year is the one after the
      year it covers, as for the report that reviews that year
  verify TARGETS_FILE RESULTS_FILE [RESULTS_FILE] [--format json|md] [--out PATH]
      each target of year N against the government's report of year N+1, its statistical bulletin of year N,
      or both (each told from the document): achieved, missed or not mentioned; with both, the report's
      preliminary figure and the bulletin's final one, the verdict from the final, and whether they differ
  split FILE|- [--format json|md] [--out PATH] [--encoding NAME] [--max-size MB] [--year N]
      the tasks of a 分工方案 (notes after tasks, 责任单位 lines, tables): lead and cooperating units, leaders,
      deadline, and each task's span in the original; --year replaces the year the text says
  split FILE|- --report ID [--format json|md] [--out PATH] [--encoding NAME] [--max-size MB]
      import the 分工方案 against report ID in the ledger: each task matched to the report's items (with a score),
      their units, leaders and time proposed (a confirmed assignment is kept); a task matching none becomes an
      item of its own; unit names the ledger does not know are listed, not created
  serve [--port N] [--host H] [--demo] [--upload-limit MB]
      the HTTP API (OpenAPI at /api/openapi.json) and the web app; --demo seeds the sample report and
      prints demo accounts
  import FILE… [--encoding NAME] [--max-size MB] [--year N] [--region NAME] [--level national|province|city|county]
      import reports into the ledger (the same file again changes nothing), with a progress bar and a summary;
      --year, --region, --level replace what the text says and are stored as given, for every file given
      (a corrected year re-imported updates the items and keeps what people added)
  export --xlsx|--csv|--json [--report ID] [--out PATH]
      the 任务分解表 (.xlsx, needs --out) or the ledger as CSV or JSON, with each item's status
  export --dataset [--format csv|jsonl] [--out PATH]
      the researchers' dataset: one row per target with its government (GB/T 2260 code), the next report's
      preliminary and the bulletin's final result (document, span), the verdict and the source's hash
  user add NAME --role admin|supervisor|unit_editor|viewer [--unit UNIT] [--password P]
      a local account; without --password the password is prompted for, or read from stdin's first line
  backup PATH
      a consistent copy of the ledger, safe while the server runs

The ledger is $LUOSHI_DATABASE_URL (postgres://…) when set, else ./data/luoshi.db under the current folder.
`;

/** The commands that open the ledger: their usage says where it is. */
const LEDGER_COMMANDS: ReadonlySet<string> = new Set(['split', 'serve', 'import', 'export', 'user', 'backup']);

/** The usage of one command: its lines of the whole usage (a command may have several forms), and where the ledger is. */
function usageOf(name: string): string {
  const forms: string[] = [];
  let inForm = false;
  for (const line of usage.split('\n')) {
    if (/^  \S/.test(line)) inForm = line.startsWith(`  ${name} `) || line === `  ${name}`;
    else if (!line.startsWith('    ')) inForm = false;
    if (inForm) forms.push(line);
  }
  const ledger = LEDGER_COMMANDS.has(name) ? `\n${usage.trimEnd().split('\n').at(-1)}\n` : '';
  return `usage: luoshi ${name} [options]\n\n${forms.join('\n')}\n${ledger}`;
}

/** The whole command line as a function: never calls process.exit, never lets a stack trace out for bad input. */
export async function run(argv: string[], io: Io = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage);
    return name ? EXIT.ok : EXIT.badInput;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    io.stderr(`luoshi: unknown command "${name}"\n${usage}`);
    return EXIT.badInput;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(usageOf(name));
    return EXIT.ok;
  }
  try {
    return await (await load())(rest, io);
  } catch (e) {
    if (isLuoshiError(e)) {
      io.stderr(`luoshi ${name}: ${e.message}\n`);
      return EXIT.badInput;
    }
    if (isLedgerError(e) && e.code !== 'MIGRATION_FAILED' && e.code !== 'UNSUPPORTED') {
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
