import type { Authenticate, Principal } from '../context.js';

/** `--auth none`: every request is this developer, with every role and every customer. */
export const DEVELOPER: Principal = { subject: 'developer', roles: ['sales', 'analyst', 'approver', 'admin'] };

export const noAuthentication: Authenticate = async () => DEVELOPER;

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1']);

/** Whether `host` only accepts connections from this machine (the one place `--auth none` is allowed). */
export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}
