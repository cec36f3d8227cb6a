import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { deliverWebhook } from './webhook';
import { checkWebhookUrl, isRefusedAddress, REFUSED_MESSAGE } from './webhook-target';

const settings = vi.hoisted(() => ({ WHARF_WEBHOOK_ALLOW_HOSTS: '' }));
vi.mock('@/lib/env', () => ({ env: () => settings }));

let hook: http.Server;
let port = 0;
let hits = 0;
beforeAll(async () => {
  hook = http.createServer((_req, res) => {
    hits++;
    res.writeHead(200).end('ok');
  });
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  port = (hook.address() as AddressInfo).port;
});
afterAll(() => hook.close());

describe('webhook targets', () => {
  it.each([
    'http://127.0.0.1:1/h',
    'https://10.1.2.3/h',
    'https://169.254.169.254/latest/meta-data',
    'http://[::1]:1/h',
    'https://[fd00:ec2::254]/h',
    'https://100.64.0.1/h',
    'https://0.0.0.0/h',
    'http://localhost:1/h',
  ])('refuses %s at the field', async (url) => {
    settings.WHARF_WEBHOOK_ALLOW_HOSTS = '';
    expect(await checkWebhookUrl(url)).toBe(REFUSED_MESSAGE);
  });

  it('refuses private and mapped addresses, accepts public ones', () => {
    for (const a of ['192.168.1.1', '172.16.0.1', 'fe80::1', '::ffff:127.0.0.1', '::', 'nonsense'])
      expect(isRefusedAddress(a), a).toBe(true);
    for (const a of ['93.184.216.34', '2606:2800:220:1::1']) expect(isRefusedAddress(a), a).toBe(false);
  });

  it('never sends to a refused address, and says so without the network error text', async () => {
    settings.WHARF_WEBHOOK_ALLOW_HOSTS = '';
    hits = 0;
    expect(await deliverWebhook(`http://127.0.0.1:${port}/h`, 'x')).toEqual({ ok: false, error: 'refused' });
    expect(await deliverWebhook(`http://localhost:${port}/h`, 'x')).toEqual({ ok: false, error: 'refused' });
    expect(hits).toBe(0);
  });

  it('delivers to a host named in WHARF_WEBHOOK_ALLOW_HOSTS; a closed port is just "unreachable"', async () => {
    settings.WHARF_WEBHOOK_ALLOW_HOSTS = 'relay.example, 127.0.0.1';
    expect(await checkWebhookUrl(`http://127.0.0.1:${port}/h`)).toBeNull();
    expect(await deliverWebhook(`http://127.0.0.1:${port}/h`, 'x')).toEqual({ ok: true, status: 200 });
    expect(await deliverWebhook('http://127.0.0.1:1/none', 'x')).toEqual({ ok: false, error: 'unreachable' });
  });
});
