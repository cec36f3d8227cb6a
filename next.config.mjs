import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { acquireBuildLock } from './scripts/build-lock.mjs';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build directory lets the e2e server run from a snapshot while the next build runs.
  distDir: process.env.WHARF_DIST_DIR || '.next',
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tests included) as its own step.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // No image optimizer: every 2025-2026 optimizer advisory is unreachable when it is off.
  images: { unoptimized: true },
  // PGlite ships WASM and the pg driver has optional native bits: load them from node_modules.
  serverExternalPackages: ['@electric-sql/pglite', 'pg'],
  experimental: {
    serverActions: { bodySizeLimit: '1mb' },
    // forbidden() renders app/forbidden.tsx with a 403 for a signed-in user who lacks the role.
    authInterrupts: true,
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD) await acquireBuildLock();
  return nextConfig;
}
