-- Receivables (应收账款), their payments, and the open amounts the aging report scans.
-- Keys start with customer_id (partitioning / Citus distribution by customer); identifiers use
-- COLLATE "C" so ordering and keyset paging are code-unit order, as core orders customers.
-- Money is NUMERIC, dates DATE. Write through src/receivables/write.ts: it keeps the maintained
-- columns (paid, last_paid_on, places) in step with the payments.

CREATE TABLE receivables (
  customer_id      text COLLATE "C" NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  -- Ids and currency codes are checked against core's patterns at every way in (the import and
  -- writeReceivables' callers validate with core's schemas); a regular-expression CHECK per row
  -- would cost 40 % of a million-row import on PGlite, so the table checks lengths only.
  id               text COLLATE "C" NOT NULL CHECK (length(id) BETWEEN 1 AND 64),
  customer_name    text,
  document_number  text,
  document_date    date NOT NULL,
  due_date         date NOT NULL,
  -- The positive size of the document; credit notes and payments on account count negative.
  amount           numeric NOT NULL CHECK (amount >= 0),
  currency         char(3) NOT NULL CHECK (octet_length(currency) = 3),
  kind             text CHECK (kind IN ('invoice', 'credit_note', 'payment', 'retention')),
  disputed         boolean,
  salesperson      text,
  region           text,
  -- Maintained from receivable_payments: their sum, the latest date, and the most decimal places
  -- of the amount and its payments (the aging report's scale, as core computes it).
  paid             numeric NOT NULL DEFAULT 0 CHECK (paid >= 0),
  last_paid_on     date,
  places           smallint NOT NULL DEFAULT 0 CHECK (places >= 0),
  -- The open amount after every payment, signed (credits negative): maintained by PostgreSQL as
  -- payments arrive. For an as-of date on or after `settled_on` (the later of the document date
  -- and the last payment) it is the as-of residual; the aging report recomputes from payments only
  -- the items paid after a past as-of date.
  open             numeric GENERATED ALWAYS AS (
                     (CASE WHEN kind IN ('credit_note', 'payment') THEN -1 ELSE 1 END) * (amount - paid)) STORED,
  settled_on       date GENERATED ALWAYS AS (greatest(document_date, last_paid_on)) STORED,
  PRIMARY KEY (customer_id, id)
);
-- The aging projection: the open items, narrow, in customer order. The report reads it with an
-- index-only scan (no join, no payments), and a principal's customers with a range of it.
CREATE INDEX receivables_open_idx ON receivables (customer_id, currency, due_date) INCLUDE (settled_on, open)
  WHERE open <> 0;
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
  PRIMARY KEY (customer_id, receivable_id, line)
);

-- Payments are written only with their item, in one statement (src/receivables/write.ts), so they
-- need no per-row foreign-key check (a million of them on an import); a deleted item, directly or
-- by its customer's cascade, takes them along in one set-based statement.
CREATE FUNCTION receivables_forget_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM receivable_payments p USING gone g WHERE p.customer_id = g.customer_id AND p.receivable_id = g.id;
  RETURN NULL;
END;
$$;
CREATE TRIGGER receivables_deleted AFTER DELETE ON receivables REFERENCING OLD TABLE AS gone
  FOR EACH STATEMENT EXECUTE FUNCTION receivables_forget_deleted();
CREATE FUNCTION receivables_forget_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE receivable_payments;
  RETURN NULL;
END;
$$;
CREATE TRIGGER receivables_truncated AFTER TRUNCATE ON receivables
  FOR EACH STATEMENT EXECUTE FUNCTION receivables_forget_truncated();
