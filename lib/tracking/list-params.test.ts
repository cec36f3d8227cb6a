import { describe, expect, it } from 'vitest';
import { listParamsProblem, parseListParams } from './list-params';

describe('list params: date filters', () => {
  it.each(['2020-13-45', '2021-02-29', '2020-00-10', '0000-00-00'])('refuses %s as a day', (to) => {
    expect(parseListParams(new URLSearchParams({ to })).to).toBeUndefined();
    expect(parseListParams({ from: to }).from).toBeUndefined();
    expect(listParamsProblem(new URLSearchParams({ to }))).toBe('"to": Use a date like 2026-11-21.');
  });

  it('keeps a real day, leap days included', () => {
    const search = new URLSearchParams({ from: '2024-02-29', to: '2026-11-21' });
    expect(parseListParams(search)).toMatchObject({ from: '2024-02-29', to: '2026-11-21' });
    expect(listParamsProblem(search)).toBeUndefined();
    expect(listParamsProblem(new URLSearchParams())).toBeUndefined();
  });
});
