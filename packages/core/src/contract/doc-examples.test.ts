import { expect } from '@open-wc/testing';
import { CONTRACT_SCHEMAS } from './openapi.js';
import { toValidationIssues } from '../validate.js';

/** `Response \`200\` (Customer):` or `Request (CreditApplicationInput):` followed by a ```json block. */
function examples(markdown: string): { schema: string; json: string; line: number }[] {
  const lines = markdown.split('\n');
  const found: { schema: string; json: string; line: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const label = /\((\w+)\)[^()]*:\s*$/.exec(lines[i]!);
    if (!label || lines[i + 1]?.trim() !== '```json') continue;
    const end = lines.indexOf('```', i + 2);
    found.push({ schema: label[1]!, json: lines.slice(i + 2, end).join('\n'), line: i + 1 });
  }
  return found;
}

describe('docs/backend-contract.md', () => {
  it('every JSON example passes the schema it is labelled with', async () => {
    const markdown = await (await fetch('/docs/backend-contract.md')).text();
    const blocks = examples(markdown);
    expect(blocks.length, 'examples found').to.be.at.least(11);
    const schemas = new Map(CONTRACT_SCHEMAS);
    for (const block of blocks) {
      const schema = schemas.get(block.schema);
      expect(schema, `line ${block.line}: ${block.schema} is a contract schema`).to.not.equal(undefined);
      const result = schema!.safeParse(JSON.parse(block.json));
      const problems = result.success ? [] : toValidationIssues(result.error.issues).map((i) => `${i.path} ${i.message}`);
      expect(problems, `line ${block.line} (${block.schema})`).to.deep.equal([]);
    }
  });
});
