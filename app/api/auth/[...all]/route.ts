import { getAuth } from '@/lib/auth/auth';

export const dynamic = 'force-dynamic';

// Built lazily: the database is opened at server start, not when this module is evaluated.
export const GET = (request: Request) => getAuth().handler(request);
export const POST = (request: Request) => getAuth().handler(request);
