-- Open amounts pre-aggregated per customer, currency and due month, for the aging report
-- (src/receivables/aging.ts). The report used to sum every open item (860,000 of a 1,000,000-item
-- ledger); a month whose days all fall in one bucket on the as-of date now counts as one row, and
-- only the items of the few days on the wrong side of a bucket edge are read one by one. Exact:
-- NUMERIC sums of `open`, kept in step with receivables by the statement-level triggers below in
-- the writing transaction (PGlite's bulk first load builds it in one pass instead, see
-- src/receivables/write.ts). Keyed by customer first, like the receivables: no cross-customer hot
-- spot, and co-located with them when distributed by customer id.
CREATE TABLE receivable_open_months (
  customer_id  text COLLATE "C" NOT NULL,
  currency     char(3) NOT NULL,
  -- The first day of the due dates' month.
  month        date NOT NULL CHECK (extract(day FROM month) = 1),
  -- Sum of `open` of the items with a non-zero open amount (credits negative), and how many.
  open         numeric NOT NULL,
  items        integer NOT NULL CHECK (items >= 0),
  PRIMARY KEY (customer_id, currency, month)
);

-- The month of a due date, as the triggers and the bulk load group by it.
CREATE FUNCTION receivable_due_month(due date) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN date_trunc('month', due::timestamp)::date;

-- Adds the items of `added` and takes away those of `removed` (the statement's transition tables),
-- in key order (concurrent writers lock month rows in one order), then forgets emptied months.
CREATE FUNCTION receivables_months_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO receivable_open_months AS m (customer_id, currency, month, open, items)
    SELECT customer_id, currency, receivable_due_month(due_date), sum(open), count(*)
    FROM added WHERE open <> 0 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (customer_id, currency, month) DO UPDATE SET open = m.open + EXCLUDED.open, items = m.items + EXCLUDED.items;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE receivable_open_months m SET open = m.open - d.open, items = m.items - d.items
    FROM (SELECT customer_id, currency, receivable_due_month(due_date) AS month, sum(open) AS open, count(*) AS items
          FROM removed WHERE open <> 0 GROUP BY 1, 2, 3) d
    WHERE m.customer_id = d.customer_id AND m.currency = d.currency AND m.month = d.month;
    DELETE FROM receivable_open_months m WHERE m.items = 0
      AND (m.customer_id, m.currency, m.month) IN (
        SELECT customer_id, currency, receivable_due_month(due_date) FROM removed WHERE open <> 0);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER receivables_months_inserted AFTER INSERT ON receivables REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION receivables_months_changed();
CREATE TRIGGER receivables_months_updated AFTER UPDATE ON receivables REFERENCING OLD TABLE AS removed NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION receivables_months_changed();
CREATE TRIGGER receivables_months_deleted AFTER DELETE ON receivables REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION receivables_months_changed();

-- A truncated ledger takes its month totals along with its payments (0002's truncate trigger).
CREATE OR REPLACE FUNCTION receivables_forget_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE receivable_payments, receivable_open_months;
  RETURN NULL;
END;
$$;

-- Months that already have receivables.
INSERT INTO receivable_open_months (customer_id, currency, month, open, items)
SELECT customer_id, currency, receivable_due_month(due_date), sum(open), count(*)
FROM receivables WHERE open <> 0 GROUP BY 1, 2, 3;

-- Items settled after a past as-of date (dated after it, or paid after it): the ones the report
-- corrects. Replaces the index on last_paid_on, which covered only the second kind.
DROP INDEX receivables_last_paid_idx;
CREATE INDEX receivables_settled_idx ON receivables (settled_on);
-- Payments made after a past as-of date, summed per item without touching the others.
CREATE INDEX receivable_payments_paid_on_idx ON receivable_payments (paid_on) INCLUDE (customer_id, receivable_id, amount);
