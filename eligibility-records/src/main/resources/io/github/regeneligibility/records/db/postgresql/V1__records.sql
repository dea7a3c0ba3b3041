-- Decision records, their policy files, users, tokens and the audit log (PostgreSQL).
-- Instants are milliseconds since 1970-01-01T00:00Z; days are ISO dates.

CREATE TABLE policies (
  sha256  TEXT PRIMARY KEY,
  content TEXT NOT NULL
);

CREATE TABLE decisions (
  seq                    BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id                     TEXT    NOT NULL UNIQUE,
  request_id             TEXT    NOT NULL,
  recorded_at            BIGINT  NOT NULL,
  recorded_by            TEXT    NOT NULL,
  application_id         TEXT    NOT NULL,
  applicant_name         TEXT    NOT NULL,
  received               TEXT    NOT NULL,
  application            TEXT    NOT NULL,
  assessed_on            TEXT    NOT NULL,
  edition_id             TEXT    NOT NULL,
  edition_version        TEXT    NOT NULL,
  edition_effective_from TEXT    NOT NULL,
  policy_sha256          TEXT    NOT NULL REFERENCES policies (sha256),
  assessment_en          TEXT    NOT NULL,
  assessment_zh          TEXT    NOT NULL,
  tier                   TEXT    NOT NULL,
  score                  INTEGER NOT NULL,
  outcome                TEXT    NOT NULL,
  disposition            TEXT    NOT NULL,
  note                   TEXT,
  supersedes             TEXT    UNIQUE REFERENCES decisions (id)
);

CREATE INDEX decisions_application_id ON decisions (application_id);
CREATE INDEX decisions_recorded_at ON decisions (recorded_at);

CREATE TABLE users (
  name          TEXT    PRIMARY KEY,
  role          TEXT    NOT NULL,
  password_hash TEXT    NOT NULL,
  disabled      BOOLEAN NOT NULL,
  created_at    BIGINT  NOT NULL
);

CREATE TABLE tokens (
  name       TEXT   PRIMARY KEY,
  sha256     TEXT   NOT NULL UNIQUE,
  user_name  TEXT   NOT NULL REFERENCES users (name),
  created_at BIGINT NOT NULL,
  revoked_at BIGINT
);

CREATE TABLE audit (
  seq     BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at      BIGINT  NOT NULL,
  event   TEXT    NOT NULL,
  actor   TEXT    NOT NULL,
  subject TEXT    NOT NULL,
  address TEXT    NOT NULL
);
