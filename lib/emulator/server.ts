import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from './errors';
import { shouldFail, type FaultState, type Throttle } from './faults';
import type { OpContext, OpHandler } from './handlers/context';
import { OPERATIONS } from './handlers';
import { inputOf, modelViolations } from './model/check';

export interface ServerDeps extends Omit<OpContext, 'body' | 'query'> {
  throttle: Throttle;
  admin: (req: IncomingMessage, res: ServerResponse, path: string, body: string) => Promise<void>;
}

const MAX_BODY = 1024 * 1024;

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new ApiError('ValidationException', 'Request body is too large.'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body ?? {});
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/** The wire error of reference §2.5: bare name in x-amzn-ErrorType, JSON body with Message. */
function sendError(
  res: ServerResponse,
  requestId: string,
  e: ApiError | { exception: string; status: number; message: string },
): void {
  const body: Record<string, unknown> = { __type: e.exception, Message: e.message, message: e.message };
  if (e instanceof ApiError && e.fields) body.ValidationExceptionFieldList = e.fields;
  sendJson(res, e.status, body, { 'x-amzn-RequestId': requestId, 'x-amzn-ErrorType': e.exception });
}

const internal = (message: string) => new ApiError('InternalServiceException', message);

/** The access key from a SigV4 Authorization header (signatures are not checked). */
function accessKeyOf(req: IncomingMessage): string | undefined {
  return /Credential=([^/,\s]+)/.exec(String(req.headers.authorization ?? ''))?.[1];
}

export function createRequestListener(deps: ServerDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = randomUUID();
    try {
      if (url.pathname.startsWith('/_emulator/'))
        return await deps.admin(req, res, url.pathname, await readBody(req));
      // The SDK and the CLI keep a base path from the endpoint, so the operation is the last segment.
      const op = url.pathname.split('/').filter(Boolean).pop() ?? '';
      const entry = OPERATIONS[op];
      if (!entry || entry.method !== req.method) {
        return sendError(res, requestId, {
          exception: 'UnknownOperationException',
          status: 404,
          message: `No operation ${req.method} ${url.pathname}.`,
        });
      }
      const raw = await readBody(req);
      await runOperation(deps, op, entry.handler, req, raw, url.searchParams, res, requestId);
    } catch (e) {
      sendError(
        res,
        requestId,
        e instanceof ApiError ? e : internal('There was an internal service exception.'),
      );
      if (!(e instanceof ApiError)) console.error(`[emulator] ${requestId}`, e);
    }
  };
}

async function runOperation(
  deps: ServerDeps,
  op: string,
  handler: OpHandler,
  req: IncomingMessage,
  raw: string,
  query: URLSearchParams,
  res: ServerResponse,
  requestId: string,
) {
  const faults: FaultState = deps.faults;
  if (faults.latencyMs > 0) await new Promise((r) => setTimeout(r, faults.latencyMs));
  if (/^denied/i.test(accessKeyOf(req) ?? ''))
    throw new ApiError('AccessDeniedException', `User is not authorized to perform: aws-marketplace:${op}.`);
  if (deps.throttle.take(op)) throw new ApiError('ThrottlingException', `Rate exceeded for ${op}.`);
  const failHere = shouldFail(faults, op);
  if (failHere && faults.errorPhase === 'request')
    throw internal('Injected fault: There was an internal service exception.');
  let body: Record<string, unknown> = {};
  if (raw.trim()) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      body = parsed as Record<string, unknown>;
    } catch {
      throw new ApiError('ValidationException', 'The request body could not be parsed as a JSON object.', [
        { Reason: 'CannotParse', Message: 'Invalid JSON body.' },
      ]);
    }
  }
  const violations = modelViolations(op, inputOf(op, body, query));
  if (violations.length) throw new ApiError('ValidationException', violations[0]!.Message!, violations);
  const result = await handler({ ...deps, body, query });
  // A response-phase fault happens after the operation took effect, like a lost response.
  if (failHere)
    throw internal('Injected fault after the operation completed: There was an internal service exception.');
  sendJson(res, 200, result, { 'x-amzn-RequestId': requestId });
}
