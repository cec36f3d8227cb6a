import dns from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { env } from '@/lib/env';

/**
 * Where a webhook may not point: this machine, private networks, link-local and cloud metadata
 * addresses (so the webhook cannot reach the local Catalog service or scan ports). Host names in
 * WHARF_WEBHOOK_ALLOW_HOSTS are exempt.
 */
const refused = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const)
  refused.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const)
  refused.addSubnet(net, bits, 'ipv6');

export function isRefusedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return refused.check(address, 'ipv4');
  if (family !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? refused.check(mapped[1]!, 'ipv4') : refused.check(address, 'ipv6');
}

/** The URL's host without IPv6 brackets, lower case. */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

function isAllowedHost(host: string): boolean {
  return env()
    .WHARF_WEBHOOK_ALLOW_HOSTS.split(',')
    .map((h) => h.trim().toLowerCase())
    .includes(host);
}

export const REFUSED_MESSAGE =
  'This address is on this machine or a private network; webhooks must go to a public host.';

/** Resolves the host and checks every address; the addresses to connect to, or null if refused. */
export async function resolveWebhookHost(host: string): Promise<dns.LookupAddress[] | null> {
  const all = isIP(host)
    ? [{ address: host, family: isIP(host) }]
    : await dns.promises.lookup(host, { all: true }).catch(() => []);
  if (all.length === 0) return null;
  if (isAllowedHost(host)) return all;
  return all.some((a) => isRefusedAddress(a.address)) ? null : all;
}

/** The field message for a URL that may not be used, or null. */
export async function checkWebhookUrl(url: string): Promise<string | null> {
  const host = hostOf(url);
  if (isAllowedHost(host)) return null;
  return (await resolveWebhookHost(host)) ? null : REFUSED_MESSAGE;
}

/** A socket lookup that connects only to addresses that passed the check (no DNS rebinding). */
export const pinnedLookup: LookupFunction = (hostname, options, callback) => {
  resolveWebhookHost(hostname.replace(/^\[|\]$/g, '').toLowerCase()).then(
    (all) => {
      if (!all) return callback(Object.assign(new Error('refused'), { code: 'EREFUSED' }), '', 4);
      if (options.all) return (callback as (e: null, a: dns.LookupAddress[]) => void)(null, all);
      callback(null, all[0]!.address, all[0]!.family);
    },
    (err: NodeJS.ErrnoException) => callback(err, '', 4),
  );
};
