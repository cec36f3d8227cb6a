import 'server-only';
import type { z } from 'zod';
import { requirePermission, type CurrentUser } from '@/lib/auth/session';
import type { Permission } from '@/lib/roles';
import { failure, fieldErrorsFrom, type ActionFailure } from './result';

/** What every action says about itself. */
interface ActionDef<S extends z.ZodType> {
  /** kebab-case, as the file is named: it labels the audit entry of a denied call and the error log. */
  name: string;
  /** The input, parsed before the handler runs; invalid input comes back as field errors. */
  schema: S;
}

type Action<S extends z.ZodType, R> = (input: z.input<S>) => Promise<R | ActionFailure>;

/* The one sequence every action runs: authorize, parse, handle; anything thrown becomes a user message. */
function wrap<S extends z.ZodType, C, R>(
  def: ActionDef<S>,
  authorize: () => Promise<C>,
  handler: (input: z.output<S>, ctx: C) => Promise<R>,
): Action<S, R> {
  return async (input) => {
    try {
      const ctx = await authorize();
      const parsed = def.schema.safeParse(input);
      if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
      return await handler(parsed.data, ctx);
    } catch (err) {
      return failure(err, def.name);
    }
  };
}

/**
 * A server action: checks the session and role on every call, parses the input with its schema,
 * then runs `handler` with the typed input and the signed-in user. An unexpected error is logged
 * with a request id and shown as a generic message quoting it; nothing raw reaches the caller.
 */
export function defineAction<S extends z.ZodType, R>(
  def: ActionDef<S> & { permission: Permission },
  handler: (input: z.output<S>, ctx: { user: CurrentUser }) => Promise<R>,
): Action<S, R> {
  return wrap(def, async () => ({ user: await requirePermission(def.permission, def.name) }), handler);
}

/** The same for the few actions anyone may call (signing in and out): no session is required. */
export function definePublicAction<S extends z.ZodType, R>(
  def: ActionDef<S>,
  handler: (input: z.output<S>) => Promise<R>,
): Action<S, R> {
  return wrap(
    def,
    async () => undefined,
    (input) => handler(input),
  );
}
