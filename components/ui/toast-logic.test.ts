import { describe, expect, it } from 'vitest';
import {
  AUTO_DISMISS_MS,
  MAX_TOASTS,
  autoDismissAfter,
  upsertToast,
  withoutParam,
  type Toast,
} from './toast-logic';

const toast = (id: string, type: Toast['type'] = 'success'): Toast => ({ id, type, content: id });

describe('autoDismissAfter', () => {
  it('dismisses success and info after 8 s and keeps warnings and errors', () => {
    expect(AUTO_DISMISS_MS).toBe(8000);
    expect(autoDismissAfter('success')).toBe(8000);
    expect(autoDismissAfter('info')).toBe(8000);
    expect(autoDismissAfter('warning')).toBeNull();
    expect(autoDismissAfter('error')).toBeNull();
  });
});

describe('upsertToast', () => {
  it('puts new toasts first', () => {
    expect(upsertToast([toast('a')], toast('b')).map((t) => t.id)).toEqual(['b', 'a']);
  });

  it('replaces a toast with the same id in place', () => {
    const next = upsertToast([toast('a'), toast('b')], toast('b', 'error'));
    expect(next.map((t) => t.id)).toEqual(['a', 'b']);
    expect(next[1]?.type).toBe('error');
  });

  it('keeps at most MAX_TOASTS, dropping the oldest', () => {
    let list: Toast[] = [];
    for (let i = 0; i < MAX_TOASTS + 2; i++) list = upsertToast(list, toast(String(i)));
    expect(list).toHaveLength(MAX_TOASTS);
    expect(list[0]?.id).toBe(String(MAX_TOASTS + 1));
  });
});

describe('withoutParam', () => {
  it('removes the parameter and keeps the rest', () => {
    expect(withoutParam('?flash=version-added&tab=versions', 'flash')).toBe('?tab=versions');
    expect(withoutParam('flash=x', 'flash')).toBe('');
    expect(withoutParam('', 'flash')).toBe('');
  });
});
