import { describe, expect, it } from 'vitest';
import { auditCsv, auditJson, type ExportEntry } from './export';
import { auditParamsProblem, parseAuditParams } from './list-params';
import { actionLabel } from './labels';

const entry = (over: Partial<ExportEntry> = {}): ExportEntry => ({
  id: 7,
  at: new Date('2026-11-21T10:00:00.000Z'),
  actorId: 'u1',
  actorName: 'Ana',
  action: 'save-draft',
  target: 'd1',
  outcome: 'ok',
  details: { revision: 3 },
  hash: 'abc',
  ...over,
});

describe('audit export', () => {
  it('writes one CSV row per entry with readable labels', () => {
    const [header, row] = auditCsv([entry()]).split('\r\n');
    expect(header).toBe('ID,Time (UTC),Actor ID,Actor,Action,Action label,Target,Outcome,Details,Hash');
    expect(row).toBe(
      '7,2026-11-21T10:00:00.000Z,u1,Ana,save-draft,Edit draft,d1,Succeeded,"{""revision"":3}",abc',
    );
  });

  it('keeps spreadsheet formulas and separators in attacker-chosen fields as text', () => {
    const csv = auditCsv([
      entry({ target: '=HYPERLINK("http://x","y")', actorName: '@SUM(A1)', outcome: 'failed' }),
      entry({ target: '+1,2', actorName: '-2\nthree', actorId: null }),
    ]);
    const [, first, second] = csv.split('\r\n');
    expect(first).toContain(`'@SUM(A1)`);
    expect(first).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(first).toContain(',Failed,');
    expect(second).toContain(`"'+1,2"`);
    expect(csv).toContain(`"'-2\nthree"`);
  });

  it('exports JSON with ISO times and whether it was cut short', () => {
    const parsed = JSON.parse(auditJson([entry()], new Date('2026-11-22T00:00:00Z'), true));
    expect(parsed).toMatchObject({
      exportedAt: '2026-11-22T00:00:00.000Z',
      truncated: true,
      entries: [
        { id: 7, at: '2026-11-21T10:00:00.000Z', actionLabel: 'Edit draft', details: { revision: 3 } },
      ],
    });
  });
});

describe('audit filters in the URL', () => {
  it('drops what is not valid and keeps the rest', () => {
    expect(
      parseAuditParams({ actor: ' u1 ', outcome: 'maybe', from: '2026-02-30', to: '2026-11-21', page: '0' }),
    ).toEqual({
      actor: 'u1',
      action: undefined,
      target: undefined,
      outcome: undefined,
      from: undefined,
      to: '2026-11-21',
      page: 1,
      pageSize: 50,
    });
  });

  it('names the problem an export answers 400 with', () => {
    const problem = (q: string) => auditParamsProblem(new URLSearchParams(q));
    expect(problem('from=2026-11-01&to=2026-11-30&outcome=denied')).toBeUndefined();
    expect(problem('from=2026-13-01')).toMatch(/"from"/);
    expect(problem('outcome=maybe')).toMatch(/"outcome"/);
    expect(problem('from=2026-11-30&to=2026-11-01')).toMatch(/after/);
  });

  it('labels actions, known or not', () => {
    expect(actionLabel('change-set-end')).toBe('Change set ended');
    expect(actionLabel('request-review')).toBe('Request review');
    expect(actionLabel('api:/api/audit/export')).toBe('API request /api/audit/export');
  });
});
