import { expect } from '@open-wc/testing';
import { problemDetailsSchema, toValidationIssues } from '@credit-kit/core';

interface SafeParser {
  safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly unknown[] } };
}

/** Asserts `value` passes `schema`, naming each failing path otherwise. */
export function expectValid(schema: SafeParser, value: unknown, what = 'value'): void {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = toValidationIssues(result.error.issues).map((i) => `${i.path || '(root)'} ${i.message}`);
    expect.fail(`${what} fails its schema: ${issues.join('; ')}`);
  }
}

/** Whether `value` passes `schema`. */
export function passes(schema: SafeParser, value: unknown): boolean {
  return schema.safeParse(value).success;
}

/** Reads a response as JSON after checking its status and JSON content type. */
export async function json<T = unknown>(response: Response, status = 200): Promise<T> {
  const text = await response.text();
  expect(response.status, `status of ${response.url || 'response'}: ${text.slice(0, 300)}`).to.equal(status);
  expect(response.headers.get('Content-Type')).to.match(/json/);
  return JSON.parse(text) as T;
}

/** Reads an RFC 9457 problem response, checking status, media type and shape. */
export async function problem(response: Response, status: number): Promise<{ type?: string; title?: string; status?: number; detail?: string; errors?: { path: string; code: string; message: string }[] }> {
  expect(response.status).to.equal(status);
  expect(response.headers.get('Content-Type')).to.equal('application/problem+json');
  const body = (await response.json()) as Record<string, unknown>;
  expectValid(problemDetailsSchema, body, 'problem');
  expect(body.status).to.equal(status);
  expect(body.type).to.be.a('string');
  expect(body.title).to.be.a('string');
  expect(body.detail).to.be.a('string');
  return body;
}
