import 'server-only';
import { NextResponse } from 'next/server';
import { AppError, toUserMessage } from '@/lib/errors';
import { log } from '@/lib/server/log';
import type { Permission } from '@/lib/roles';
import { requirePermission, type CurrentUser } from './session';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  BUSY: 423,
  THROTTLED: 503,
  UNAVAILABLE: 503,
  TIMEOUT: 504,
};

/**
 * Wraps a route handler: checks the session and permission itself (middleware is convenience
 * only), and turns errors into JSON `{ error: { code, message } }` a user may read.
 */
export function withApiPermission<C>(
  permission: Permission,
  handler: (request: Request, user: CurrentUser, context: C) => Promise<Response>,
) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      const user = await requirePermission(permission, `api:${new URL(request.url).pathname}`);
      return await handler(request, user, context);
    } catch (err) {
      return errorResponse(request, err);
    }
  };
}

function errorResponse(request: Request, err: unknown): Response {
  if (err instanceof AppError) {
    return NextResponse.json(
      { error: { code: err.code, message: toUserMessage(err) } },
      { status: STATUS[err.code] ?? 500 },
    );
  }
  const requestId = crypto.randomUUID().slice(0, 8);
  log.error('route failed', { requestId, path: new URL(request.url).pathname, error: err });
  return NextResponse.json(
    { error: { code: 'INTERNAL', message: toUserMessage(err, requestId) } },
    { status: 500 },
  );
}

/**
 * Whether a request comes from the console's own pages: its Origin names this host, or (no Origin)
 * the browser vouches with Sec-Fetch-Site. Route handlers get no CSRF check from Next, unlike actions.
 */
function isSameOriginRequest(request: Request): boolean {
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  const origin = request.headers.get('origin');
  if (origin) {
    try {
      return host !== null && new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  return request.headers.get('sec-fetch-site') === 'same-origin';
}

/**
 * Wraps a state-changing route handler (POST, PUT, DELETE): refuses cross-site requests with 403
 * before anything else, then does what withApiPermission does.
 */
export function withApiMutation<C>(
  permission: Permission,
  handler: (request: Request, user: CurrentUser, context: C) => Promise<Response>,
) {
  const guarded = withApiPermission(permission, handler);
  return async (request: Request, context: C): Promise<Response> => {
    if (!isSameOriginRequest(request)) {
      return NextResponse.json(
        { error: { code: 'FORBIDDEN', message: 'Cross-site request refused.' } },
        { status: 403 },
      );
    }
    return guarded(request, context);
  };
}
