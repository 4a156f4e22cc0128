// Part of `npm run contract`: writes the worked receipt example into docs/decision-loop.md, between
// the receipt-example markers, from core itself (so the example always verifies; a test checks it).
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- receipt-example:start -->';
const END = '<!-- receipt-example:end -->';

/** Writes the example with `core` (the bundled @credit-kit/core module). */
export async function writeReceiptExample(core, file = 'docs/decision-loop.md') {
  const receipt = await core.decisionReceipt(
    {
      decision: {
        outcome: 'approve',
        conditions: { grantedLimit: '3000000.00', termDays: 90, settlementMethod: 'bank_acceptance_bill', validUntil: '2027-11-24', nextReviewOn: '2027-05-25' },
        note: 'Within capacity; review after the half-year statements.',
      },
      subject: { kind: 'limit-request', id: 'LR000001', status: 'submitted', requested: '3000000.00', preparedBy: ['王磊'] },
      principal: { subject: 'manager.chen', roles: ['credit_manager'] },
      limit: {
        input: {
          existingFinancing: '1000000.00', effectiveAssets: '6000000.00', totalAssets: '10000000.00', totalLiabilities: '3000000.00',
          grade: 'AA', paidInCapital: '5000000.00', establishedOn: '2010-01-01', asOf: '2026-11-25',
        },
      },
    },
    { issuedAt: '2026-11-25T05:00:00Z' },
  );
  const lines = ['{'];
  const entries = Object.entries(receipt);
  entries.forEach(([key, value], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    if (key === 'steps') {
      lines.push('  "steps": [', ...value.map((s, j) => `    ${JSON.stringify(s)}${j < value.length - 1 ? ',' : ''}`), `  ]${comma}`);
    } else if (key === 'inputs' || key === 'policy') {
      const inner = Object.entries(value);
      lines.push(`  ${JSON.stringify(key)}: {`, ...inner.map(([k, v], j) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}${j < inner.length - 1 ? ',' : ''}`), `  }${comma}`);
    } else {
      lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
    }
  });
  lines.push('}');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no ${START} … ${END} block`);
  const block = `${START}\nReceipt (Receipt):\n\`\`\`json\n${lines.join('\n')}\n\`\`\`\n`;
  writeFileSync(file, text.slice(0, start) + block + text.slice(end));
  console.log(`${file}: receipt example written (digest ${receipt.digest.value.slice(0, 12)}…)`);
}
