import { defaultBucketLabel, type AgingBucketDefinition } from '@credit-kit/core/lean';
import { formatInteger } from '../../i18n/format.js';
import type { AgingTableMessages } from '../aging-table.messages.js';

/**
 * The label of a bucket in the reader's language: a host's own label as given, a default label
 * (`Not due`, `1–30`, `Over 365` — what core and the default policy give) in words of the locale
 * (`1–30天`, `365天以上`).
 */
export function bucketLabel(bucket: AgingBucketDefinition, t: AgingTableMessages['buckets'], locale: string): string {
  if (bucket.label !== defaultBucketLabel(bucket)) return bucket.label;
  const { minDays, maxDays } = bucket;
  if (minDays === undefined) return t.notDue;
  if (maxDays === undefined) return minDays === 1 ? t.overdue : t.over(formatInteger(minDays - 1, locale));
  if (minDays === maxDays) return t.single(formatInteger(minDays, locale));
  return t.range(formatInteger(minDays, locale), formatInteger(maxDays, locale));
}
