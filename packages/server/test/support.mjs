// Shared by the server's node tests: the built package, a server on a database, principals.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export const SERVER_MODULE = new URL('../dist/index.js', import.meta.url).href;
export const BIN = fileURLToPath(new URL('../bin/credit-kit-server.mjs', import.meta.url));

/** Tokens of the scope/role tests: one principal per role; sales sees C001 and C002 only. */
export const TOKENS = {
  'tok-sales': { subject: 'u-sales', roles: ['sales'], customers: ['C001', 'C002'] },
  'tok-sales-2': { subject: 'u-sales-2', roles: ['sales'], customers: ['C003'] },
  'tok-analyst': { subject: 'u-analyst', roles: ['analyst'] },
  'tok-approver': { subject: 'u-approver', roles: ['approver'] },
  'tok-admin': { subject: 'u-admin', roles: ['admin'] },
  'tok-all': { subject: 'u-all', roles: ['sales', 'analyst', 'approver', 'admin'] },
};

/**
 * Runs the `credit-kit-server` bin as a child process and resolves once it printed its base URL:
 * `{ url, child, stop() }` (stop sends SIGTERM and resolves with the exit code).
 */
export async function spawnServer(args, env = {}) {
  const child = spawn(process.execPath, [BIN, ...args, '--port', '0', '--log-level', 'warn'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const match = /(http:\/\/\S+\/api\/credit\/v1)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${stderr}${out}`)));
  });
  return {
    url,
    child,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      return code;
    },
  };
}

/** A valid application body for customer `customerId` (code from the seed), with a purpose to tell it apart. */
export function applicationFor(customer, purpose) {
  return {
    applicant: {
      id: customer.id, code: customer.code, name: customer.name, type: customer.type, industry: customer.industry,
      currency: customer.currency, establishedOn: customer.establishedOn, paidInCapital: customer.paidInCapital ?? '1000000.00',
    },
    financials: {
      basePeriodEnd: '2025-12-31', currency: 'CNY', totalAssets: '80000000.00', effectiveAssets: '60000000.00',
      totalLiabilities: '30000000.00', currentAssets: '40000000.00', currentLiabilities: '20000000.00', revenue: '120000000.00',
      netProfit: '6000000.00', operatingCashFlow: '7000000.00', existingFinancing: '10000000.00',
    },
    impression: { notes: 'node test' },
    guarantees: [],
    request: { amount: '500000.00', currency: 'CNY', termDays: 60, purpose, settlementMethod: 'open_credit' },
    attachments: [],
  };
}
