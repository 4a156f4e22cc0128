// axe-core over a whole page in a puppeteer tab, for the demo's Node tests. The dev server serves the
// repository root, so axe comes from node_modules as a same-origin script (allowed by the pages' CSP).

/**
 * Runs axe over the whole document (shadow roots included). Returns the violations and how many
 * passing checks were inside a shadow root, to prove axe looked into the widgets at all.
 */
export async function runAxe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/node_modules/axe-core/axe.min.js' });
  return page.evaluate(async () => {
    const result = await window.axe.run(document);
    return {
      checkedInShadowRoots: result.passes.flatMap((rule) => rule.nodes).filter((node) => Array.isArray(node.target[0])).length,
      violations: result.violations.map((rule) => ({
        id: rule.id,
        impact: rule.impact,
        help: rule.help,
        helpUrl: rule.helpUrl,
        nodes: rule.nodes.map((node) => ({ target: node.target, html: node.html, summary: node.failureSummary })),
      })),
    };
  });
}

/** One readable block per violation: rule, impact, help, then each node (shadow paths as `host >> inner`). */
export function formatViolations(violations) {
  return violations
    .map((rule) => {
      const nodes = rule.nodes.map((node) => {
        const target = node.target.map((part) => (Array.isArray(part) ? part.join(' >> ') : part)).join(' | ');
        return `    at ${target}\n       ${node.html.replace(/\s+/g, ' ').slice(0, 200)}\n       ${node.summary.replace(/:\s*\n\s*/g, ': ').replace(/\s*\n\s*/g, '; ')}`;
      });
      return `  ${rule.id} (${rule.impact}): ${rule.help} <${rule.helpUrl}>\n${nodes.join('\n')}`;
    })
    .join('\n');
}
