/** One CSV record or NDJSON line and the (1-based) line of the file it starts on. */
export interface SourceRecord<T> {
  readonly line: number;
  readonly value: T;
}

/** A file or request body as chunks: a Node stream, a web stream's reader loop, or an array. */
export type ImportSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** Decodes UTF-8 chunks as they come (a character split across chunks is kept whole). */
export async function* textChunks(source: ImportSource): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  for await (const chunk of source as AsyncIterable<string | Uint8Array>) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // byte order mark
      first = false;
    }
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** Lines of NDJSON, streamed (never the whole file in memory); blank lines skipped. */
export async function* ndjsonLines(source: ImportSource): AsyncGenerator<SourceRecord<string>> {
  for await (const batch of ndjsonLineBatches(source)) yield* batch;
}

/** `ndjsonLines` a chunk of the source at a time: one await per chunk, not per line. */
export async function* ndjsonLineBatches(source: ImportSource): AsyncGenerator<SourceRecord<string>[]> {
  let carry = '';
  let line = 0;
  for await (const text of textChunks(source)) {
    carry += text;
    const batch: SourceRecord<string>[] = [];
    let start = 0;
    for (let end = carry.indexOf('\n', start); end !== -1; end = carry.indexOf('\n', start)) {
      line++;
      const content = carry.slice(start, carry[end - 1] === '\r' ? end - 1 : end);
      start = end + 1;
      if (content.trim() !== '') batch.push({ line, value: content });
    }
    carry = carry.slice(start);
    if (batch.length) yield batch;
  }
  line++;
  if (carry.trim() !== '') yield [{ line, value: carry.replace(/\r$/, '') }];
}

/** A CSV file that is not well-formed (an unclosed quote, text after a closing quote). */
export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

/**
 * Records of RFC 4180 CSV, streamed: comma-separated, fields optionally in double quotes (a quote
 * inside doubled, commas and line breaks allowed inside), CRLF or LF line ends. Each record comes
 * with the line it starts on. Empty lines are skipped.
 */
export async function* csvRecords(source: ImportSource): AsyncGenerator<SourceRecord<string[]>> {
  for await (const batch of csvRecordBatches(source)) yield* batch;
}

/**
 * `csvRecords` a chunk of the source at a time: one await per chunk, not per record. The records
 * before a syntax error come first, so an earlier bad row is still the one reported.
 */
export async function* csvRecordBatches(source: ImportSource): AsyncGenerator<SourceRecord<string[]>[]> {
  let fields: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let afterQuote = false; // just closed a quoted field
  let pendingQuote = false; // saw a quote inside a quoted field: a doubled quote or the end
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;

  const endRecord = (): string[] | null => {
    fields.push(field);
    const record = fields;
    fields = [];
    field = '';
    afterQuote = false;
    fieldStarted = false;
    return record.length === 1 && record[0] === '' ? null : record;
  };

  const special = /[,\n\r"]/g;
  for await (const text of textChunks(source)) {
    const batch: SourceRecord<string[]>[] = [];
    try {
      let i = 0;
      while (i < text.length) {
        if (pendingQuote) {
          pendingQuote = false;
          if (text[i] === '"') {
            field += '"';
            i++;
            continue;
          }
          quoted = false;
          afterQuote = true;
        }
        if (quoted) {
          // Up to the next quote in one slice (line breaks inside count towards the line number).
          const quote = text.indexOf('"', i);
          const to = quote === -1 ? text.length : quote;
          const part = text.slice(i, to);
          for (let nl = part.indexOf('\n'); nl !== -1; nl = part.indexOf('\n', nl + 1)) line++;
          field += part;
          if (quote !== -1) pendingQuote = true;
          i = to + (quote === -1 ? 0 : 1);
          continue;
        }
        // Unquoted: plain text up to the next comma, line end or quote in one slice.
        special.lastIndex = i;
        const match = special.exec(text);
        const at = match ? match.index : text.length;
        if (at > i) {
          if (afterQuote) throw new CsvSyntaxError(line, 'text after a closing quote (a quote inside a quoted field is written "")');
          field += text.slice(i, at);
          fieldStarted = true;
        }
        if (!match) break;
        const ch = text[at]!;
        i = at + 1;
        if (ch === ',') {
          fields.push(field);
          field = '';
          afterQuote = false;
          fieldStarted = true;
        } else if (ch === '\n') {
          const record = endRecord();
          if (record) batch.push({ line: recordLine, value: record });
          line++;
          recordLine = line;
        } else if (ch === '"') {
          if (field !== '' || afterQuote) throw new CsvSyntaxError(line, 'a quote inside an unquoted field (quote the whole field, and write a quote inside as "")');
          quoted = true;
          fieldStarted = true;
        }
        // '\r': part of CRLF, the '\n' ends the record.
      }
    } catch (error) {
      if (batch.length) yield batch;
      throw error;
    }
    if (batch.length) yield batch;
  }
  if (pendingQuote) {
    quoted = false;
    afterQuote = true;
  }
  if (quoted) throw new CsvSyntaxError(recordLine, 'a quoted field is never closed');
  if (fieldStarted || field !== '' || fields.length > 0) {
    const record = endRecord();
    if (record) yield [{ line: recordLine, value: record }];
  }
}
