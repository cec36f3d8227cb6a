import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toYaml } from './to-yaml';
import { UNKNOWN } from './value';

describe('toYaml', () => {
  it('writes block YAML with sorted keys, like Helm', () => {
    expect(toYaml({ requests: { memory: '128Mi', cpu: '100m' }, limits: {} })).toBe(
      'limits: {}\nrequests:\n  cpu: 100m\n  memory: 128Mi',
    );
  });
  it('writes lists of maps and scalars', () => {
    expect(toYaml([{ key: 'a', operator: 'Exists' }, 'x', 1])).toBe('- key: a\n  operator: Exists\n- x\n- 1');
  });
  it('quotes strings that would change type or break the syntax', () => {
    expect(
      toYaml({ a: 'true', b: '1.0', c: 'x: y', d: '', e: 'multi\nline', f: 'eks.amazonaws.com/role-arn' }),
    ).toBe('a: "true"\nb: "1.0"\nc: "x: y"\nd: ""\ne: "multi\\nline"\nf: eks.amazonaws.com/role-arn');
  });
  it('round-trips through a YAML parser', () => {
    const data = { x: [{ y: [1, 2, { z: 'a b' }] }], 'weird key': null, n: -3.5, t: true };
    expect(parse(toYaml(data) as string)).toEqual(data);
  });
  it('passes unknown through and handles empty values', () => {
    expect(toYaml(UNKNOWN)).toBe(UNKNOWN);
    expect(toYaml({})).toBe('{}');
    expect(toYaml(null)).toBe('null');
  });
});
