-- The decision loop (limit requests, decisions with their receipts, review dates on the profile)
-- and the blacklist workflow. Money is NUMERIC, dates DATE, receipts JSONB; the audit trails are
-- append-only (a trigger refuses UPDATE and DELETE), as application_events is.

-- Review dates an approval sets on the customer's profile.
ALTER TABLE credit_profiles
  ADD COLUMN valid_until    date,
  ADD COLUMN next_review_on date,
  ADD CONSTRAINT credit_profiles_review_before_expiry CHECK (next_review_on IS NULL OR valid_until IS NULL OR next_review_on <= valid_until);

CREATE SEQUENCE limit_request_number_seq;

CREATE TABLE limit_requests (
  id             text PRIMARY KEY,
  number         text NOT NULL UNIQUE,
  customer_id    text NOT NULL REFERENCES customers (id),
  kind           text NOT NULL CHECK (kind IN ('new_limit', 'increase', 'temporary_exception', 'renewal')),
  amount         numeric NOT NULL CHECK (amount > 0),
  currency       char(3) NOT NULL,
  status         text NOT NULL CHECK (status IN ('draft', 'submitted', 'under_review', 'approved', 'rejected', 'returned')),
  requested_by   text NOT NULL,
  submitted_at   timestamptz NOT NULL DEFAULT now(),
  current_limit  numeric CHECK (current_limit >= 0),
  -- The whole LimitRequestInput as submitted (reason, term, until, origin), and the stored decision.
  input          jsonb NOT NULL,
  decision       jsonb,
  updated_at     timestamptz NOT NULL DEFAULT now(),
  CHECK ((status IN ('approved', 'rejected', 'returned')) = (decision IS NOT NULL))
);
CREATE INDEX limit_requests_customer_idx ON limit_requests (customer_id, submitted_at DESC, id);

CREATE TABLE limit_request_events (
  id                bigserial PRIMARY KEY,
  limit_request_id  text NOT NULL REFERENCES limit_requests (id),
  status            text NOT NULL CHECK (status IN ('draft', 'submitted', 'under_review', 'approved', 'rejected', 'returned')),
  actor             text NOT NULL,
  at                timestamptz NOT NULL DEFAULT now(),
  note              text
);
CREATE INDEX limit_request_events_request_idx ON limit_request_events (limit_request_id, id);

-- Every decision taken, with the receipt anyone can recompute (core's verifyReceipt). Append-only.
CREATE TABLE decisions (
  id                bigserial PRIMARY KEY,
  subject_kind      text NOT NULL CHECK (subject_kind IN ('application', 'limit-request')),
  subject_id        text NOT NULL,
  customer_id       text REFERENCES customers (id),
  outcome           text NOT NULL CHECK (outcome IN ('approve', 'reject', 'return')),
  granted_limit     numeric CHECK (granted_limit > 0),
  computed_maximum  numeric CHECK (computed_maximum >= 0),
  level             text NOT NULL,
  decided_by        text NOT NULL,
  decided_at        timestamptz NOT NULL,
  receipt           jsonb NOT NULL,
  document          jsonb NOT NULL,
  CHECK ((outcome = 'approve') = (granted_limit IS NOT NULL))
);
CREATE INDEX decisions_subject_idx ON decisions (subject_kind, subject_id, id);

-- Idempotency keys of POST /limit-requests share the table of applications, under the prefix
-- `limit-request:`; their outcome is a limit request instead of an application.
ALTER TABLE idempotency_keys
  ADD COLUMN limit_request_id text REFERENCES limit_requests (id),
  DROP CONSTRAINT idempotency_keys_key_check,
  ADD CONSTRAINT idempotency_keys_key_check CHECK (length(key) BETWEEN 1 AND 300),
  DROP CONSTRAINT idempotency_keys_check,
  ADD CONSTRAINT idempotency_keys_check
    CHECK (state = 'processing' OR ((application_id IS NOT NULL OR limit_request_id IS NOT NULL) AND response_body IS NOT NULL));

-- 黑名单: one case per report; at most one open case (reported, listed, removal requested) per customer.
CREATE SEQUENCE blacklist_entry_number_seq;

CREATE TABLE blacklist_entries (
  id           text PRIMARY KEY,
  customer_id  text NOT NULL REFERENCES customers (id),
  status       text NOT NULL CHECK (status IN ('reported', 'listed', 'rejected', 'removal-requested', 'removed')),
  reason       text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
  reported_by  text CHECK (length(reported_by) <= 200),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX blacklist_one_open_entry ON blacklist_entries (customer_id) WHERE status IN ('reported', 'listed', 'removal-requested');

CREATE TABLE blacklist_events (
  id        bigserial PRIMARY KEY,
  entry_id  text NOT NULL REFERENCES blacklist_entries (id),
  action    text NOT NULL CHECK (action IN ('report', 'approve', 'reject', 'request-removal', 'approve-removal', 'reject-removal')),
  actor     text CHECK (length(actor) <= 200),
  at        timestamptz NOT NULL,
  note      text CHECK (length(note) <= 2000)
);
CREATE INDEX blacklist_events_entry_idx ON blacklist_events (entry_id, id);

-- The approval and review policies the decision endpoints enforce (NULL: core's defaults).
CREATE TABLE decision_policy (
  id        smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  approval  jsonb,
  review    jsonb,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION decision_trail_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP;
END;
$$;
CREATE TRIGGER limit_request_events_no_update BEFORE UPDATE OR DELETE ON limit_request_events
  FOR EACH ROW EXECUTE FUNCTION decision_trail_append_only();
CREATE TRIGGER decisions_no_update BEFORE UPDATE OR DELETE ON decisions
  FOR EACH ROW EXECUTE FUNCTION decision_trail_append_only();
CREATE TRIGGER blacklist_events_no_update BEFORE UPDATE OR DELETE ON blacklist_events
  FOR EACH ROW EXECUTE FUNCTION decision_trail_append_only();
