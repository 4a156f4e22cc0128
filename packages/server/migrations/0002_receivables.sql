-- Receivables (应收账款), their payments, and the aging projection the aging report scans.
-- Keys start with customer_id (partitioning / Citus distribution by customer); identifiers use
-- COLLATE "C" so ordering and keyset paging are code-unit order, as core orders customers.
-- Money is NUMERIC, dates DATE. Write through src/receivables/write.ts: it keeps the maintained
-- columns (paid, last_paid_on, places) and receivable_balances in step with the payments.

CREATE TABLE receivables (
  customer_id      text COLLATE "C" NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  id               text COLLATE "C" NOT NULL CHECK (id ~ '^[A-Za-z0-9._-]{1,64}$'),
  customer_name    text,
  document_number  text,
  document_date    date NOT NULL,
  due_date         date NOT NULL,
  -- The positive size of the document; credit notes and payments on account count negative.
  amount           numeric NOT NULL CHECK (amount >= 0),
  currency         char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  kind             text CHECK (kind IN ('invoice', 'credit_note', 'payment', 'retention')),
  disputed         boolean,
  salesperson      text,
  region           text,
  -- Maintained from receivable_payments: their sum, the latest date, and the most decimal places
  -- of the amount and its payments (the aging report's scale, as core computes it).
  paid             numeric NOT NULL DEFAULT 0 CHECK (paid >= 0),
  last_paid_on     date,
  places           smallint NOT NULL DEFAULT 0 CHECK (places >= 0),
  PRIMARY KEY (customer_id, id)
);
-- Items paid after a past as-of date: the only ones the aging report recomputes from payments.
CREATE INDEX receivables_last_paid_idx ON receivables (last_paid_on) WHERE last_paid_on IS NOT NULL;
-- Ledgers with more than 2 decimal places are rare: finding the report's scale stays an index probe.
CREATE INDEX receivables_places_idx ON receivables (places) WHERE places > 2;

CREATE TABLE receivable_payments (
  customer_id    text COLLATE "C" NOT NULL,
  receivable_id  text COLLATE "C" NOT NULL,
  -- Position in the item's payments list (the order the host gave).
  line           integer NOT NULL CHECK (line >= 0),
  paid_on        date NOT NULL,
  amount         numeric NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (customer_id, receivable_id, line),
  FOREIGN KEY (customer_id, receivable_id) REFERENCES receivables (customer_id, id) ON DELETE CASCADE
);

-- The aging projection: one narrow row per item whose open amount after all its payments is not
-- zero, signed (credits negative). For an as-of date on or after `settled_on` (the later of the
-- document date and the last payment) that open amount is the as-of residual, so the report sums
-- this table and recomputes from payments only the items paid after a past as-of date.
CREATE TABLE receivable_balances (
  customer_id    text COLLATE "C" NOT NULL,
  receivable_id  text COLLATE "C" NOT NULL,
  currency       char(3) NOT NULL,
  due_date       date NOT NULL,
  settled_on     date NOT NULL,
  open           numeric NOT NULL CHECK (open <> 0),
  PRIMARY KEY (customer_id, receivable_id),
  FOREIGN KEY (customer_id, receivable_id) REFERENCES receivables (customer_id, id) ON DELETE CASCADE
);
