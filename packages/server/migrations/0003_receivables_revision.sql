-- The revision of the receivables ledger and the customer master, moved on by the service's write
-- paths (src/receivables/write.ts, src/import/) as the last statement of each writing transaction,
-- so readers see it move only with the data. A process caches whole aging reports under it; any
-- other writer of receivables, payments or customers must move it on too.
-- One row, written once per import (never per request): no hot spot on the request path.
CREATE TABLE receivables_revision (
  id        smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  revision  bigint NOT NULL
);
INSERT INTO receivables_revision (id, revision) VALUES (1, 1);
