import * as sdk from '@aws-sdk/client-marketplace-catalog';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { failure, harness, type Harness } from '../testing';
import TABLE from './constraints.json';
import { MODEL_OPERATIONS } from './check';
import { BROKEN_CASES, setAt, tokensOf, VALID_INPUT } from './contract-cases';

/*
 * The model contract: per operation, a valid request passes the model checks; per constraint of the
 * generated table, each value that breaks it gets a 422 ValidationException naming the member, through
 * the real SDK over HTTP.
 */
let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(() => h.close());

type Command = new (input: Record<string, unknown>) => Parameters<sdk.MarketplaceCatalogClient['send']>[0];
const command = (op: string) => (sdk as unknown as Record<string, Command>)[`${op}Command`]!;
const send = (op: string, input: Record<string, unknown>) => h.client.send(new (command(op))(input) as never);

test('the table covers every operation of the model with its constraint count', () => {
  expect(Object.keys(MODEL_OPERATIONS).sort()).toEqual(Object.keys(VALID_INPUT).sort());
  expect(TABLE.count).toBe(Object.values(MODEL_OPERATIONS).reduce((n, o) => n + o.constraints.length, 0));
});

describe.each(Object.keys(MODEL_OPERATIONS))('%s', (op) => {
  test('a valid request breaks no model constraint', async () => {
    try {
      await send(op, VALID_INPUT[op]!());
    } catch (e) {
      const fields = (e as sdk.ValidationException).ValidationExceptionFieldList ?? [];
      expect(fields.filter((f) => f.Reason === 'FieldValidationFailed')).toEqual([]);
    }
  });

  test.each(BROKEN_CASES.filter((c) => c.operation === op).map((c) => [c.path, c.breaks, c] as const))(
    '%s breaks %s → ValidationException',
    async (_path, _breaks, c) => {
      const input = VALID_INPUT[op]!();
      setAt(input, tokensOf(c.path), c.value);
      const e = await failure(send(op, input));
      expect(e).toBeInstanceOf(sdk.ValidationException);
      expect(e.$metadata?.httpStatusCode).toBe(422);
      const field = c.path.replaceAll('[]', '[0]');
      expect(e.ValidationExceptionFieldList).toContainEqual(
        expect.objectContaining({ Reason: 'FieldValidationFailed', Field: field }),
      );
    },
  );
});

test.each(
  Object.entries(MODEL_OPERATIONS).flatMap(([op, m]) =>
    m.constraints.filter((c) => c.exception).map((c) => [op, c.path, c.exception!.applied] as const),
  ),
)('%s %s: the documented exception applies %s instead of the literal model pattern', (op, path) => {
  const literal = MODEL_OPERATIONS[op]!.constraints.find((c) => c.path === path)!.pattern!;
  const examples: Record<string, string> = {
    'ChangeSet[].ChangeName': 'CreateProductChange',
    'ChangeSet[].Entity.Identifier': '$CreateProductChange.Entity.Identifier',
    'ChangeSet[].Entity.Type': 'ContainerProduct@1.0',
    NextToken: 'eyJvZmZzZXQiOjIwfQ==',
  };
  const value = examples[path]!;
  expect(new RegExp(literal, 'u').test(value)).toBe(false);
  expect(
    new RegExp(MODEL_OPERATIONS[op]!.constraints.find((c) => c.path === path)!.exception!.applied).test(
      value,
    ),
  ).toBe(true);
});
