-- Credit Kit service: customers, financials, credit profiles, policy, warnings, applications,
-- the append-only audit trail, idempotency keys and attachments. Money is NUMERIC, dates DATE.
-- Every customer-owned table is keyed by customer_id first (the distribution key on Citus).

CREATE TABLE customers (
  id                 text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9._-]{1,64}$'),
  tenant_id          text NOT NULL DEFAULT 'default',
  code               text NOT NULL CHECK (code ~ '^[0-9A-HJ-NP-RTUW-Y]{18}$'),
  name               text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  type               text NOT NULL CHECK (type IN ('distributor', 'direct', 'project', 'other')),
  industry           text NOT NULL,
  currency           char(3) NOT NULL,
  established_on     date NOT NULL,
  registered_capital numeric CHECK (registered_capital >= 0),
  paid_in_capital    numeric CHECK (paid_in_capital >= 0),
  group_id           text,
  salesperson        text,
  region             text,
  blacklisted        boolean NOT NULL DEFAULT false,
  -- The rest of the wire record (legalRepresentative, address, contacts, parentCompany).
  details            jsonb NOT NULL DEFAULT '{}'::jsonb,
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT customers_code_unique_per_tenant UNIQUE (tenant_id, code)
);
CREATE INDEX customers_name_idx ON customers (name, id);

-- 财务信息: the base period's statements, as the contract's Financials document.
CREATE TABLE financials (
  customer_id  text PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
  period_end   date,
  currency     char(3),
  document     jsonb NOT NULL,
  updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE credit_profiles (
  customer_id         text PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
  grade               text NOT NULL,
  score               numeric CHECK (score BETWEEN 0 AND 100),
  rated_on            date NOT NULL,
  currency            char(3) NOT NULL,
  granted             numeric NOT NULL CHECK (granted >= 0),
  maximum             numeric CHECK (maximum >= 0),
  term_days           integer NOT NULL CHECK (term_days >= 0),
  open_receivables    numeric NOT NULL CHECK (open_receivables >= 0),
  open_orders         numeric CHECK (open_orders >= 0),
  undelivered         numeric CHECK (undelivered >= 0),
  special_items       numeric CHECK (special_items >= 0),
  overdue_amount      numeric NOT NULL CHECK (overdue_amount >= 0),
  oldest_overdue_days integer NOT NULL CHECK (oldest_overdue_days >= 0),
  updated_at          timestamptz NOT NULL DEFAULT now()
);

-- The host's credit policy: one row, the contract's CreditPolicy document.
CREATE TABLE credit_policy (
  id          smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  document    jsonb NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE warning_signals (
  customer_id  text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  code         text NOT NULL CHECK (length(code) >= 1),
  raised_on    date NOT NULL,
  severity     text NOT NULL CHECK (severity IN ('severe', 'ordinary', 'major')),
  category     text,
  released_on  date CHECK (released_on IS NULL OR released_on >= raised_on),
  amount       numeric CHECK (amount >= 0),
  note         text,
  position     integer NOT NULL DEFAULT 0,
  PRIMARY KEY (customer_id, code, raised_on)
);

-- Per-customer warning status: a level the host set (NULL: computed by core from the signals) and
-- when it was evaluated. `version` moves whenever the customer's signals or status change (ETag).
CREATE TABLE warning_status (
  customer_id   text PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
  level         text CHECK (level IN ('none', 'yellow', 'orange', 'red')),
  evaluated_at  timestamptz,
  version       bigint NOT NULL DEFAULT 1
);

CREATE SEQUENCE credit_application_number_seq;

CREATE TABLE credit_applications (
  id            text PRIMARY KEY,
  number        text NOT NULL UNIQUE,
  customer_id   text REFERENCES customers (id),
  status        text NOT NULL CHECK (status IN ('draft', 'submitted', 'under_review', 'approved', 'rejected', 'returned')),
  submitted_at  timestamptz NOT NULL DEFAULT now(),
  submitted_by  text NOT NULL,
  amount        numeric NOT NULL CHECK (amount > 0),
  currency      char(3) NOT NULL,
  term_days     integer NOT NULL CHECK (term_days BETWEEN 1 AND 3650),
  -- The whole submitted body (CreditApplicationInput) and the decision, as the contract's documents.
  input         jsonb NOT NULL,
  decision      jsonb,
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX credit_applications_customer_idx ON credit_applications (customer_id, submitted_at DESC, id);

-- The audit trail: who moved which application to which status, when. Append-only.
CREATE TABLE application_events (
  id              bigserial PRIMARY KEY,
  application_id  text NOT NULL REFERENCES credit_applications (id),
  status          text NOT NULL CHECK (status IN ('draft', 'submitted', 'under_review', 'approved', 'rejected', 'returned')),
  actor           text NOT NULL,
  at              timestamptz NOT NULL DEFAULT now(),
  note            text
);
CREATE INDEX application_events_application_idx ON application_events (application_id, id);

CREATE FUNCTION application_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'application_events is append-only (% refused)', TG_OP;
END;
$$;
CREATE TRIGGER application_events_no_update BEFORE UPDATE OR DELETE ON application_events
  FOR EACH ROW EXECUTE FUNCTION application_events_append_only();

-- Idempotency-Key of POST /credit-applications: the first request's hash under a unique key, then
-- its outcome. A second process racing on the same key loses the INSERT and replays or refuses.
CREATE TABLE idempotency_keys (
  key             text PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 255),
  request_hash    text NOT NULL,
  subject         text NOT NULL,
  state           text NOT NULL DEFAULT 'processing' CHECK (state IN ('processing', 'done')),
  application_id  text REFERENCES credit_applications (id),
  -- The first answer, replayed as is (status 201 then; a replay answers 200 with this body).
  response_body   jsonb,
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (state = 'processing' OR (application_id IS NOT NULL AND response_body IS NOT NULL))
);

-- Uploaded attachments, stored in the database (bytea) so every process sees them.
CREATE TABLE attachments (
  id           text PRIMARY KEY,
  file_name    text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  mime_type    text NOT NULL CHECK (mime_type IN ('application/pdf', 'image/jpeg', 'image/png',
                                    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')),
  size         integer NOT NULL CHECK (size BETWEEN 1 AND 20971520),
  sha256       text NOT NULL,
  content      bytea NOT NULL,
  uploaded_by  text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
