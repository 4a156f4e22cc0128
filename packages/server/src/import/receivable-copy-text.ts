import type { Receivable } from '@credit-kit/core';
import { copyLine } from '../receivables/write.js';
import type { ImportSource, SourceRecord } from './lines.js';
import { validRowBatches, type ImportFormat } from './rows.js';

/**
 * A receivables file as COPY text for the staging table (`copyLine` per row), in chunks of whole
 * lines, counting the rows it stages through `onRows`. Read, parsed and validated as it goes; the
 * first bad row throws its `ImportError`.
 */
export type ReceivableCopyText = (source: ImportSource, format: ImportFormat, onRows: (rows: number) => void) => AsyncGenerator<string>;

/** Bytes of COPY text per chunk handed on. */
export const COPY_TEXT_CHUNK_BYTES = 65_536;

/** COPY text of validated rows, made on this thread. */
export async function* copyTextOfRows(batches: AsyncIterable<SourceRecord<Receivable>[]>, onRows: (rows: number) => void, bytes = COPY_TEXT_CHUNK_BYTES): AsyncGenerator<string> {
  // Lines joined once per chunk: one flat string (cheap to post or to put in a Blob), not a rope.
  let lines: string[] = [];
  let size = 0;
  for await (const rows of batches) {
    for (const { line, value } of rows) {
      const text = copyLine({ line, item: value });
      lines.push(text);
      size += text.length;
    }
    if (size >= bytes) {
      onRows(lines.length);
      yield lines.join('');
      lines = [];
      size = 0;
    }
  }
  if (lines.length > 0) {
    onRows(lines.length);
    yield lines.join('');
  }
}

/** `ReceivableCopyText` on this thread: what an import uses where the parsing worker is not built. */
export const receivableCopyTextHere: ReceivableCopyText = (source, format, onRows) =>
  copyTextOfRows(validRowBatches('receivables', source, format), onRows);
