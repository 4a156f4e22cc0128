import * as z from 'zod/mini';
import { parseWith } from '../validate.js';
import { evaluateWarningOptionsParser } from '../wire/wire-schemas.generated.js';
import { assessValidated, type WarningAssessment } from './assess.js';
import { warningSignalSchema, type EvaluateWarningOptions, type WarningSignalInput } from './signal-schema.js';

// Apart from assess.ts: validating signals as a caller gives them (amounts may be numbers) takes zod,
// and a status the client validated does not (`assessWarningStatus`), so the badge's code shares no
// module with zod.

const signalsSchema = /* @__PURE__ */ z.array(warningSignalSchema);

/**
 * What `evaluateWarning` gives (the escalation rules of domain.md §5: level, action, counts, the active
 * and released signals on `asOf`, duplicates merged) without the catalogue's labels and the reasons
 * in words: what a widget needs, which shows labels in the reader's language from its own messages.
 * It carries no label text, so code in the browser that uses it carries none either.
 *
 * @param signals - the customer's signals, raised and released ones alike
 * @param options - `asOf` (`YYYY-MM-DD`), default today in the runtime's time zone
 * @throws CreditKitValidationError when a signal or option is malformed
 */
export function assessWarning(signals: readonly WarningSignalInput[], options: EvaluateWarningOptions = {}): WarningAssessment {
  const opts = parseWith(evaluateWarningOptionsParser, options, 'evaluateWarning options');
  return assessValidated(parseWith(signalsSchema, signals, 'evaluateWarning signals'), opts);
}
