import type { BlacklistEntry } from '@credit-kit/core';
import type { Dataset } from './model.js';

/**
 * The seeded blacklist: every customer the dataset marks blacklisted, already `listed` (reported by its
 * salesperson's unit, approved by head office on the day its profile was rated), with the reason its
 * profile gives (oldest item days overdue).
 */
export function seedBlacklist(dataset: Dataset): BlacklistEntry[] {
  const entries: BlacklistEntry[] = [];
  dataset.customers.forEach((seed, index) => {
    if (!seed.customer.blacklisted) return;
    const profile = dataset.profiles[index];
    const day = profile?.ratedOn ?? dataset.asOf;
    const days = profile?.oldestOverdueDays ?? 0;
    entries.push({
      id: `BL-${String(entries.length + 1).padStart(4, '0')}`,
      customerId: seed.customer.id,
      customerName: seed.customer.name,
      status: 'listed',
      reason: `Severely overdue: oldest item ${days} days past due`,
      reportedBy: seed.customer.region ?? 'Sales',
      history: [
        { action: 'report', actor: seed.customer.salesperson ?? 'sales', at: `${day}T02:00:00Z` },
        { action: 'approve', actor: 'head office credit committee', at: `${day}T08:00:00Z` },
      ],
    });
  });
  return entries;
}
