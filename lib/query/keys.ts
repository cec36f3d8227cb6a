/** The query-key factory: every react-query key in the app comes from here (add yours below). */
export const queryKeys = {
  changeSets: {
    all: ['change-sets'] as const,
    list: (search: string) => ['change-sets', 'list', search] as const,
    detail: (id: string) => ['change-sets', 'detail', id] as const,
  },
  notifications: {
    all: ['notifications'] as const,
  },
};

/** GET JSON from a route handler; a failed answer throws with the message the route wrote for users. */
export async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' }, cache: 'no-store' });
  const body = (await res.json().catch(() => undefined)) as
    (T & { error?: { message?: string; code?: string } }) | undefined;
  if (!res.ok) {
    const err = new Error(body?.error?.message ?? `The console answered ${res.status}.`) as Error & {
      status?: number;
      code?: string;
    };
    err.status = res.status;
    err.code = body?.error?.code;
    throw err;
  }
  return body as T;
}
