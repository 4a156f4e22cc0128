import type { ConformanceReport } from './run-conformance.js';

/** The report as plain text: one block per endpoint, a ✓ or ✗ per check, the reason under each ✗. */
export function formatReport(report: ConformanceReport, { verbose = false } = {}): string {
  const lines = [`Credit Kit conformance: ${report.baseUrl}`, ''];
  for (const result of report.results) {
    const failed = result.checks.filter((c) => !c.ok);
    lines.push(`${failed.length === 0 ? '✓' : '✗'} ${result.endpoint}  (${result.checks.length - failed.length}/${result.checks.length} checks)`);
    for (const check of result.checks) {
      if (check.ok && !verbose) continue;
      lines.push(`    ${check.ok ? '✓' : '✗'} ${check.name}${check.ok ? '' : `: ${check.detail}`}`);
    }
  }
  const checks = report.results.reduce((n, r) => n + r.checks.length, 0);
  lines.push('', report.passed ? `Conforms: ${checks} checks passed.` : `${report.violations} of ${checks} checks violate the contract.`);
  return lines.join('\n');
}
