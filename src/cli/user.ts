import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { closeLedger, createUser, getUnit, unitNamed, type Role } from '../ledger/index.js';
import { ROLES } from '../ledger/enums.js';
import { LuoshiError } from '../errors.js';
import { hashPassword } from '../app/passwords.js';
import type { Io } from './output.js';
import { openCliLedger } from './ledger.js';

/** The password from standard input: prompted for (not echoed) on a terminal, else its first line. */
async function passwordFromStdin(io: Io): Promise<string> {
  const stdin = io.stdin ?? process.stdin;
  if ((stdin as { isTTY?: boolean }).isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const muted = rl as unknown as { _writeToOutput: (s: string) => void };
    io.stderr('password: ');
    muted._writeToOutput = () => undefined;
    const answer = await new Promise<string>((resolve) => rl.question('', resolve));
    rl.close();
    io.stderr('\n');
    return answer;
  }
  let text = '';
  for await (const chunk of stdin) {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0];
}

/** `luoshi user add NAME --role ROLE [--unit UNIT] [--password P]`: a local account (unit by name, alias or id). */
export async function userCommand(args: string[], io: Io): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'add') throw new LuoshiError('USAGE', `user ${action ?? ''}`.trim(), 'usage: luoshi user add NAME --role ROLE [--unit UNIT] [--password P]');
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { role: { type: 'string' }, unit: { type: 'string' }, password: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new LuoshiError('USAGE', 'user add', 'give one username');
  const role = values.role as Role | undefined;
  if (!role || !ROLES.includes(role)) throw new LuoshiError('USAGE', `--role ${values.role ?? ''}`.trim(), `expected one of ${ROLES.join(', ')}`);
  if (role === 'unit_editor' && !values.unit) throw new LuoshiError('USAGE', 'user add', 'a unit_editor needs --unit');
  const password = values.password ?? (await passwordFromStdin(io));
  if (password.length < 8) throw new LuoshiError('USAGE', 'password', 'at least 8 characters');
  const ledger = await openCliLedger();
  try {
    let unitId: number | undefined;
    if (values.unit) {
      const unit = /^\d+$/.test(values.unit) ? await getUnit(ledger, Number(values.unit)) : await unitNamed(ledger, values.unit);
      if (!unit) throw new LuoshiError('USAGE', `--unit ${values.unit}`, 'no such unit in the ledger');
      unitId = unit.id;
    }
    const user = await createUser(ledger, null, { username: positionals[0], role, passwordHash: await hashPassword(password), ...(unitId !== undefined ? { unitId } : {}) });
    io.stdout(`luoshi: user ${user.username} (${user.role}${unitId !== undefined ? `, unit ${unitId}` : ''}) created, id ${user.id}\n`);
    return 0;
  } finally {
    await closeLedger(ledger);
  }
}
