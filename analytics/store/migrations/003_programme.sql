-- Sick leave, Kommunekompasset, and the programme's risk register and milestone plan.

CREATE TABLE sick_leave (
    upload_id       BIGINT NOT NULL,
    year            INTEGER NOT NULL,
    month           INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    unit_code       TEXT NOT NULL,      -- a unit (enhet) or an ansvar code
    agreed_days     DOUBLE NOT NULL,    -- avtalte dagsverk
    lost_days       DOUBLE NOT NULL,    -- tapte dagsverk in total
    self_cert_days  DOUBLE,             -- egenmeldt
    doctor_cert_days DOUBLE,            -- legemeldt
    short_days      DOUBLE,             -- days 1-16
    long_days       DOUBLE,             -- from day 17
    headcount       INTEGER,
    replaced_by     BIGINT
);

CREATE SEQUENCE evaluation_ids START 1;

CREATE TABLE kompass_evaluations (
    id          BIGINT PRIMARY KEY DEFAULT nextval('evaluation_ids'),
    evaluated_on DATE NOT NULL UNIQUE,
    version     TEXT NOT NULL,          -- classic or 2020
    note        TEXT NOT NULL DEFAULT '',
    upload_id   BIGINT
);

CREATE TABLE kompass_scores (
    evaluation_id BIGINT NOT NULL,
    area_no     INTEGER NOT NULL CHECK (area_no BETWEEN 1 AND 8),
    area_name   TEXT NOT NULL,
    score       DOUBLE NOT NULL CHECK (score BETWEEN 0 AND 100),
    PRIMARY KEY (evaluation_id, area_no)
);

CREATE SEQUENCE risk_ids START 1;

CREATE TABLE risks (
    id          BIGINT PRIMARY KEY DEFAULT nextval('risk_ids'),
    risk        TEXT NOT NULL,
    probability INTEGER NOT NULL CHECK (probability BETWEEN 1 AND 5),
    consequence INTEGER NOT NULL CHECK (consequence BETWEEN 1 AND 5),
    mitigation  TEXT NOT NULL DEFAULT '',
    owner       TEXT NOT NULL DEFAULT ''
);

CREATE SEQUENCE milestone_ids START 1;

CREATE TABLE milestones (
    id          BIGINT PRIMARY KEY DEFAULT nextval('milestone_ids'),
    working_group TEXT NOT NULL,
    year        INTEGER NOT NULL,
    week        INTEGER NOT NULL CHECK (week BETWEEN 1 AND 53),
    kind        TEXT NOT NULL CHECK (kind IN ('start', 'meeting', 'status', 'finish')),
    description TEXT NOT NULL DEFAULT ''
);
