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
};

/**
 * Wraps a GET route handler: checks the session and permission itself (middleware is convenience
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
      if (err instanceof AppError) {
        return NextResponse.json({ error: { code: err.code, message: toUserMessage(err) } }, { status: STATUS[err.code] ?? 500 });
      }
      const requestId = crypto.randomUUID().slice(0, 8);
      log.error('route failed', { requestId, path: new URL(request.url).pathname, error: String(err) });
      return NextResponse.json({ error: { code: 'INTERNAL', message: toUserMessage(err, requestId) } }, { status: 500 });
    }
  };
}
