import { describe, expect, it } from 'vitest';
import { CHANGE_SET_STATUSES, formatDuration, isOpen, isTerminal, statusView, STATUS_VIEW } from './status';
import { buildTimeline } from './timeline';
import { csvField, toCsv } from './csv';

describe('status map', () => {
  it('maps every Catalog API status to one indicator type with a label', () => {
    expect(Object.fromEntries(CHANGE_SET_STATUSES.map((s) => [s, STATUS_VIEW[s].type]))).toEqual({
      PREPARING: 'pending',
      APPLYING: 'in-progress',
      SUCCEEDED: 'success',
      FAILED: 'error',
      CANCELLED: 'stopped',
    });
    for (const s of CHANGE_SET_STATUSES) expect(STATUS_VIEW[s].label).toMatch(/^[A-Z][a-z]+$/);
  });

  it('shows an unknown status as info with its name instead of breaking', () => {
    expect(statusView('ROLLING_BACK')).toEqual({ type: 'info', label: 'ROLLING_BACK' });
  });

  it('knows open and end states', () => {
    expect(CHANGE_SET_STATUSES.filter(isOpen)).toEqual(['PREPARING', 'APPLYING']);
    expect(CHANGE_SET_STATUSES.filter(isTerminal)).toEqual(['SUCCEEDED', 'FAILED', 'CANCELLED']);
  });

  it('formats durations', () => {
    expect(formatDuration('2026-01-01T00:00:00Z', '2026-01-01T00:04:12Z')).toBe('4 min 12 s');
    expect(formatDuration('2026-01-01T00:00:00Z', '2026-01-01T01:03:00Z')).toBe('1 h 3 min');
    expect(formatDuration('2026-01-01T00:00:00Z', null)).toBeUndefined();
    expect(formatDuration('2026-01-01T00:00:10Z', '2026-01-01T00:00:00Z')).toBeUndefined();
  });
});

describe('timeline', () => {
  const ev = (status: string, at: string) => ({ status, observedAt: at });
  it('gives the time in Preparing and Applying from observed statuses', () => {
    const t = buildTimeline({
      status: 'SUCCEEDED',
      startTime: '2026-01-01T00:00:00Z',
      endTime: '2026-01-01T00:10:00Z',
      events: [
        ev('PREPARING', '2026-01-01T00:00:00Z'),
        ev('APPLYING', '2026-01-01T00:04:00Z'),
        ev('SUCCEEDED', '2026-01-01T00:10:05Z'),
      ],
    });
    expect(t.map((s) => [s.key, s.state, s.duration])).toEqual([
      ['PREPARING', 'done', '4 min'],
      ['APPLYING', 'done', '6 min'],
      ['END', 'done', 'Total 10 min'],
    ]);
    expect(t[2]!.label).toBe('Succeeded');
  });

  it('shows the current step with the time so far', () => {
    const t = buildTimeline(
      {
        status: 'APPLYING',
        startTime: '2026-01-01T00:00:00Z',
        endTime: null,
        events: [ev('APPLYING', '2026-01-01T00:01:00Z')],
      },
      new Date('2026-01-01T00:01:30Z'),
    );
    expect(t[1]).toMatchObject({ state: 'current', duration: '30 s so far' });
    expect(t[2]!.state).toBe('upcoming');
  });

  it('marks Applying skipped when a change set failed while preparing, and unobserved when the console missed it', () => {
    expect(
      buildTimeline({
        status: 'FAILED',
        startTime: '2026-01-01T00:00:00Z',
        endTime: '2026-01-01T00:02:00Z',
        events: [],
      })[1]!.state,
    ).toBe('skipped');
    expect(
      buildTimeline({
        status: 'SUCCEEDED',
        startTime: '2026-01-01T00:00:00Z',
        endTime: '2026-01-01T00:02:00Z',
        events: [],
      })[1]!.state,
    ).toBe('unobserved');
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(['A', 'B'])).toBe('A B');
  });

  it('keeps spreadsheet formulas as text', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes CRLF rows with a header', () => {
    expect(toCsv(['id', 'name'], [['1', 'x,y']])).toBe('id,name\r\n1,"x,y"\r\n');
  });
});
