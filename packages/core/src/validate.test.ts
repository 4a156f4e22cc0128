import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { formatPath, MAX_REPORTED_ISSUES, parseWith, TOO_COMPLEX_ISSUE, toValidationIssues, validate } from './validate.js';
import { validationError } from './test-support/expect-validation-error.js';
import { CreditKitError, CreditKitValidationError } from './errors.js';
import { moneyInput } from './money.js';

const schema = z.object({
  name: z.string(),
  amount: moneyInput,
  items: z.array(z.object({ qty: z.int().check(z.gte(1)) })),
  kind: z.enum(['a', 'b']),
});

function issuesOf(input: unknown) {
  const result = schema.safeParse(input);
  expect(result.success).to.equal(false);
  return toValidationIssues(result.success ? [] : result.error.issues, input);
}

describe('validation issues in plain words', () => {
  it('formats paths with dots and indexes', () => {
    expect(formatPath(['items', 3, 'amount'])).to.equal('items[3].amount');
    expect(formatPath([2, 'dueDate'])).to.equal('[2].dueDate');
    expect(formatPath([])).to.equal('');
  });

  it('tells a missing field from a field of the wrong type', () => {
    const issues = issuesOf({ amount: '1', items: [], kind: 'a', name: 42 });
    expect(issues).to.deep.equal([{ path: 'name', code: 'invalid_type', message: 'must be a string' }]);
    const missing = issuesOf({ amount: '1', items: [], kind: 'a' });
    expect(missing).to.deep.equal([{ path: 'name', code: 'required', message: 'is required' }]);
    const noAmount = issuesOf({ name: 'x', items: [], kind: 'a' });
    expect(noAmount).to.deep.equal([{ path: 'amount', code: 'required', message: 'is required' }]);
  });

  it('names nested paths, enum values and bounds', () => {
    const issues = issuesOf({ name: 'x', amount: '1', items: [{ qty: 1 }, { qty: 0 }], kind: 'c' });
    expect(issues).to.deep.include({ path: 'items[1].qty', code: 'too_small', message: 'must be at least 1' });
    expect(issues).to.deep.include({ path: 'kind', code: 'invalid_value', message: 'must be one of "a", "b"' });
  });

  it('without the input, still describes a wrong type without calling it missing', () => {
    const result = schema.safeParse({ amount: '1', items: [], kind: 'a', name: 42 });
    const issues = toValidationIssues(result.success ? [] : result.error.issues);
    expect(issues).to.deep.equal([{ path: 'name', code: 'invalid_type', message: 'must be a string' }]);
  });

  it('keeps a schema\'s own message', () => {
    const issues = issuesOf({ name: 'x', amount: '12,5', items: [], kind: 'a' });
    expect(issues).to.deep.equal([{ path: 'amount', code: 'invalid_format', message: 'must be a decimal amount such as "1234.56"' }]);
  });

  it('parseWith returns typed output or throws one error naming every path', () => {
    expect(parseWith(schema, { name: 'x', amount: 12.5, items: [], kind: 'b' }, 'thing').amount).to.equal('12.5');
    try {
      parseWith(schema, { amount: 'x', items: [{}], kind: 'a' }, 'thing');
      expect.fail('should throw');
    } catch (error) {
      expect(error).to.be.instanceOf(CreditKitValidationError).and.instanceOf(CreditKitError);
      const e = error as CreditKitValidationError;
      expect(e.subject).to.equal('thing');
      expect(e.issues.map((i) => i.path)).to.have.members(['name', 'amount', 'items[0].qty']);
      expect(e.message).to.match(/^Invalid thing: /).and.include('name is required');
    }
  });
});

describe('validation stays typed and bounded', () => {
  it('reports at most MAX_REPORTED_ISSUES issues and counts the rest', () => {
    const many = z.array(z.object({ qty: z.int() }));
    const input = Array.from({ length: 5_000 }, () => ({ qty: 'x' }));
    const result = validate(many, input);
    expect(result.success).to.equal(false);
    if (result.success) return;
    expect(result.issues).to.have.length(MAX_REPORTED_ISSUES + 1);
    expect(result.issues.at(-1)).to.deep.equal({ path: '', code: 'too_many_issues', message: 'has 4900 more issues not listed' });
  });

  it('turns a validator stack overflow into one too_complex issue, not a RangeError', () => {
    type Node = { child?: Node };
    const node: z.ZodMiniType<Node> = z.object({ get child() { return z.optional(node); } });
    let input: Node = {};
    for (let depth = 0; depth < 200_000; depth++) input = { child: input };
    const result = validate(node, input);
    expect(result).to.deep.equal({ success: false, issues: [TOO_COMPLEX_ISSUE] });
    const error = validationError(() => parseWith(node, input, 'deep thing'));
    expect(error.issues).to.deep.equal([TOO_COMPLEX_ISSUE]);
  });
});
