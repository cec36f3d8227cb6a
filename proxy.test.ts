import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from './proxy';

function post(headers: Record<string, string>, method = 'POST') {
  const body = new FormData();
  body.set('url', 'https://evil.example/hook');
  return new NextRequest('http://localhost:3000/settings/webhook', {
    method,
    headers: { host: 'localhost:3000', cookie: 'better-auth.session_token=x', ...headers },
    body,
  });
}

describe('proxy: state-changing requests', () => {
  it('refuses a multipart post without Next-Action that the browser marks cross-site', () => {
    expect(proxy(post({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  it('refuses one with no Origin and no Sec-Fetch-Site, or a foreign Origin, whatever the method', () => {
    expect(proxy(post({})).status).toBe(403);
    expect(proxy(post({ origin: 'https://evil.example' }, 'PUT')).status).toBe(403);
    expect(proxy(post({ 'sec-fetch-site': 'same-site' }, 'DELETE')).status).toBe(403);
  });

  it('lets same-origin posts through, including better-auth', () => {
    expect(proxy(post({ 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect(proxy(post({ origin: 'http://localhost:3000' }, 'PATCH')).status).toBe(200);
    const auth = new NextRequest('http://localhost:3000/api/auth/sign-in/email', {
      method: 'POST',
      headers: {
        host: 'localhost:3000',
        origin: 'http://localhost:3000',
        'content-type': 'application/json',
      },
      body: '{}',
    });
    expect(proxy(auth).status).toBe(200);
  });

  it('leaves reads alone', () => {
    const get = new NextRequest('http://localhost:3000/api/health', { headers: { host: 'localhost:3000' } });
    expect(proxy(get).status).toBe(200);
  });
});
