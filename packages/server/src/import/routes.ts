import type { RouteModule } from '../context.js';
import { requireRole } from '../auth/scope.js';
import { ProblemError, notFound } from '../http/problem.js';
import { IMPORT_KINDS, isImportKind } from './kinds.js';
import { ImportError, runImport, type ImportFormat } from './run-import.js';

/** The import format a request's Content-Type names: `text/csv` or NDJSON; undefined otherwise. */
export function formatOfContentType(contentType: string | undefined): ImportFormat | undefined {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/csv') return 'csv';
  if (type === 'application/x-ndjson' || type === 'application/ndjson' || type === 'application/jsonl') return 'ndjson';
  return undefined;
}

/**
 * `POST /imports/{kind}` (admin only): the body is one CSV (`Content-Type: text/csv`) or NDJSON
 * (`application/x-ndjson`) file, read as a stream and imported in one transaction. 200 with
 * `{ kind, format, rows }`; a bad row → 422 naming its line, and nothing is kept.
 */
export const registerImportRoutes: RouteModule = (app, ctx) => {
  app.post('/imports/:kind', async (c) => {
    requireRole(c.get('principal'), ['admin'], 'Importing');
    const kind = c.req.param('kind');
    if (!isImportKind(kind)) throw notFound(`No import of "${kind}": the kinds are ${IMPORT_KINDS.join(', ')}.`);
    const format = formatOfContentType(c.req.header('Content-Type'));
    if (!format) {
      throw new ProblemError({ status: 415, slug: 'unsupported-media-type', detail: 'Send the file as text/csv or application/x-ndjson.' });
    }
    const body = c.req.raw.body;
    try {
      const summary = await runImport(ctx.db, kind, body ?? [], format);
      c.get('log')?.info({ import: summary }, 'import done');
      return c.json(summary);
    } catch (error) {
      if (error instanceof ImportError) {
        throw new ProblemError({
          status: 422,
          slug: 'import-rejected',
          detail: `Line ${error.line}: ${error.reason}. Nothing of the file was imported.`,
          errors: error.errors.length
            ? error.errors.map((e) => ({ ...e, path: `line ${error.line}${e.path ? `: ${e.path}` : ''}` }))
            : [{ path: `line ${error.line}`, code: 'invalid_row', message: error.reason }],
        });
      }
      throw error;
    }
  });
};
