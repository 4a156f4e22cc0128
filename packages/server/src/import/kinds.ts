import {
  customerSchema,
  financialsSchema,
  receivableSchema,
  resourceId,
  warningSignalWireSchema,
  type Customer,
  type Financials,
  type Receivable,
  type WarningSignalWire,
} from '@credit-kit/core';
import * as z from 'zod/mini';

/** What a host can import. */
export const IMPORT_KINDS = ['customers', 'financials', 'receivables', 'warnings'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}

/** One early-warning signal of one customer: a `warnings` import row. */
export const warningSignalRowSchema = z.extend(warningSignalWireSchema, { customerId: resourceId });
export type WarningSignalRow = z.output<typeof warningSignalRowSchema>;

/** How a CSV cell becomes a field: text (the default), a boolean, JSON, or a receivable's payments. */
export type CellType = 'text' | 'boolean' | 'json' | 'payments';

/** One import kind: its row schema (core's), its CSV columns, and the host id that upserts it. */
export interface ImportKindSpec<T> {
  readonly schema: z.ZodMiniType<T>;
  /** CSV columns (header names are the wire field names) and how each cell is read. */
  readonly columns: Readonly<Record<string, CellType>>;
  /** The host's id of a row: a second row with the same key in one file is refused. */
  readonly key: (row: T) => string;
}

export interface ImportRows {
  customers: Customer;
  financials: Financials;
  receivables: Receivable;
  warnings: WarningSignalRow;
}

const text = (names: readonly string[]): Record<string, CellType> => Object.fromEntries(names.map((name) => [name, 'text' as const]));

export const IMPORT_KIND_SPECS: { [K in ImportKind]: ImportKindSpec<ImportRows[K]> } = {
  customers: {
    schema: customerSchema,
    columns: {
      ...text(['id', 'code', 'name', 'type', 'industry', 'legalRepresentative', 'registeredCapital', 'paidInCapital', 'currency',
        'establishedOn', 'address', 'groupId', 'parentCompany', 'salesperson', 'region']),
      contacts: 'json',
      blacklisted: 'boolean',
    },
    key: (row) => row.id,
  },
  financials: {
    schema: financialsSchema,
    columns: text(['customerId', 'basePeriodEnd', 'currency', 'totalAssets', 'effectiveAssets', 'totalLiabilities', 'currentAssets',
      'currentLiabilities', 'revenue', 'netProfit', 'operatingCashFlow', 'existingFinancing']),
    key: (row) => row.customerId,
  },
  receivables: {
    schema: receivableSchema,
    columns: {
      ...text(['id', 'customerId', 'customerName', 'documentNumber', 'documentDate', 'dueDate', 'amount', 'currency', 'kind',
        'salesperson', 'region']),
      disputed: 'boolean',
      payments: 'payments',
    },
    key: (row) => `${row.customerId}\u0000${row.id}`,
  },
  warnings: {
    schema: warningSignalRowSchema,
    columns: text(['customerId', 'code', 'severity', 'category', 'raisedOn', 'releasedOn', 'amount', 'note']),
    key: (row) => `${row.customerId}\u0000${row.code}\u0000${row.raisedOn}`,
  },
};

/** A cell that cannot be read as its column's type; the message names the column. */
export class CellError extends Error {
  override name = 'CellError';
  constructor(readonly column: string, message: string) {
    super(message);
  }
}

/**
 * A CSV cell as a wire field value, or `undefined` for an empty cell (field absent).
 * - boolean: `true` / `false` (any other text is kept, so the schema reports it);
 * - json: a JSON value (`contacts`: `[{"name":"…"}]`);
 * - payments: `date:amount` pairs separated by `;`, e.g. `2024-02-10:400.00;2024-03-01:100`.
 */
export function readCell(column: string, type: CellType, cell: string): unknown {
  if (cell === '') return undefined;
  switch (type) {
    case 'boolean':
      return cell === 'true' ? true : cell === 'false' ? false : cell;
    case 'json':
      try {
        return JSON.parse(cell);
      } catch {
        throw new CellError(column, `${column}: not valid JSON`);
      }
    case 'payments':
      return cell
        .split(';')
        .map((pair) => pair.trim())
        .filter((pair) => pair !== '')
        .map((pair) => {
          const colon = pair.indexOf(':');
          if (colon === -1) throw new CellError(column, `${column}: "${pair}" is not date:amount (e.g. 2024-02-10:400.00)`);
          return { date: pair.slice(0, colon).trim(), amount: pair.slice(colon + 1).trim() };
        });
    default:
      return cell;
  }
}
