import type { StoredChart } from '@/lib/draft/charts';

export type UploadResult =
  { ok: true; optionKey: string; chart: StoredChart } | { ok: false; status: number; message: string };

export interface UploadChartParams {
  draftId: string;
  optionIndex: number;
  optionKey: string;
  file: File;
  /** Fraction of the body sent, 0–1; reaches 1 when the server starts analysing. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

function query(p: { optionIndex: number; optionKey: string }) {
  return new URLSearchParams({ option: String(p.optionIndex), key: p.optionKey });
}

function messageOf(status: number, text: string): string {
  try {
    const m = (JSON.parse(text) as { error?: { message?: string } }).error?.message;
    if (m) return m;
  } catch {
    // Not JSON (a proxy's error page): fall through to a plain message.
  }
  return status === 413
    ? 'The chart archive is too large to upload.'
    : `The upload failed (the console answered ${status}).`;
}

/**
 * Sends the .tgz as the raw request body. XMLHttpRequest rather than fetch: fetch reports no upload
 * progress, and an 8 MB chart on a slow link deserves a progress bar.
 */
export function uploadChart(p: UploadChartParams): Promise<UploadResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const q = query(p);
    q.set('filename', p.file.name);
    xhr.open('POST', `/api/drafts/${encodeURIComponent(p.draftId)}/charts?${q}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) p.onProgress?.(e.loaded / e.total);
    };
    xhr.upload.onload = () => p.onProgress?.(1);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          const body = JSON.parse(xhr.responseText) as { optionKey: string; chart: StoredChart };
          return resolve({ ok: true, optionKey: body.optionKey, chart: body.chart });
        } catch {
          return resolve({
            ok: false,
            status: xhr.status,
            message: 'The console answered with something that is not a chart result.',
          });
        }
      }
      resolve({ ok: false, status: xhr.status, message: messageOf(xhr.status, xhr.responseText) });
    };
    xhr.onerror = () =>
      resolve({
        ok: false,
        status: 0,
        message: 'The upload did not reach the console. Check your connection and try again.',
      });
    xhr.onabort = () => resolve({ ok: false, status: 0, message: 'The upload was cancelled.' });
    p.signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(p.file);
  });
}

/** Detaches the option's chart. */
export async function removeChart(p: {
  draftId: string;
  optionIndex: number;
  optionKey: string;
}): Promise<{ ok: true } | { ok: false; message: string }> {
  const res = await fetch(`/api/drafts/${encodeURIComponent(p.draftId)}/charts?${query(p)}`, {
    method: 'DELETE',
    headers: { accept: 'application/json' },
  }).catch(() => undefined);
  if (!res) return { ok: false, message: 'The console could not be reached. Try again.' };
  if (res.ok) return { ok: true };
  return { ok: false, message: messageOf(res.status, await res.text()) };
}
