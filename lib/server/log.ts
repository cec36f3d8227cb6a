import { env } from '@/lib/env';
import { safeField } from './log-safe';

/** Minimal structured logger: one JSON line per event on stderr/stdout. Never logs secrets: errors
 * are printed as class, code and cause class (see log-safe.ts); pass the error itself, not its text. */
type Level = 'debug' | 'info' | 'warn' | 'error';
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  try {
    return order[env().WHARF_LOG_LEVEL];
  } catch {
    // Before the configuration is valid (start-up errors are still worth printing).
    return order.info;
  }
}

function write(level: Level, msg: string, fields?: Record<string, unknown>) {
  if (order[level] < threshold()) return;
  const safe = Object.fromEntries(Object.entries(fields ?? {}).map(([k, v]) => [k, safeField(v)]));
  const line = JSON.stringify({ t: new Date().toISOString(), level, msg, ...safe });
  if (level === 'error' || level === 'warn') console.error(line);
  else console.log(line);
}

export const log = {
  debug: (msg: string, f?: Record<string, unknown>) => write('debug', msg, f),
  info: (msg: string, f?: Record<string, unknown>) => write('info', msg, f),
  warn: (msg: string, f?: Record<string, unknown>) => write('warn', msg, f),
  error: (msg: string, f?: Record<string, unknown>) => write('error', msg, f),
};
