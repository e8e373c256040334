-- Data for the retention sweep benchmark (scripts/bench/retention.sh), generated with
-- generate_series in a few set-based statements. Run with psql -v persons=N -v school=S on a
-- database the application has migrated. Every fifth person (p % 5 = 0) is expired: created in
-- 2018, enrolled on a course whose lessons were in February-March 2019 (the school's fiscal year
-- 2018/19, due five years after its end), invoiced and paid in 2018. The others were enrolled in
-- 2025 and are kept. Per person: 1 or 2 confirmed enrolments (p % 2 + 1) with an invoice each, a
-- payer (the person), an invoice posting and, for every other invoice, a card payment with its
-- posting; two attendance marks per enrolment; a reduced-fee declaration on every tenth person's
-- enrolments; the idempotency key of every third person's sign-ups; a newsletter consent for
-- every third person; the sent confirmation mail (notification and mail log) of the expired
-- persons' enrolments (the kept persons' mails are left out, so the 90-day mail rule has nothing
-- to do and both sides of the benchmark do the same work). Names, addresses and e-mails are
-- invented placeholders; CPR is absent. The expired ids are kept in bench_expired.
\set ON_ERROR_STOP on
\timing off
SELECT coalesce(max(id), 0) + 1000 AS bp FROM participant \gset
SELECT coalesce(max(id), 0) + 1000 AS be FROM enrolment \gset
SELECT coalesce(max(id), 0) + 1000 AS bi FROM invoice \gset
SELECT coalesce(max(id), 0) + 1000 AS by FROM payer \gset
SELECT coalesce(max(id), 0) + 1000 AS bc FROM course \gset
SELECT coalesce(max(id), 0) + 1000 AS bl FROM lesson \gset
SELECT min(id) AS venue FROM venue WHERE school_id = :school \gset
SELECT municipality_code AS muni FROM school WHERE id = :school \gset
SELECT min(id) AS rgroup FROM reduced_fee_group \gset
-- Courses: one per 500 persons (at least 20); every fifth is an old one (2019) for the expired.
SELECT greatest(:persons / 500, 20) AS ncourses \gset
SELECT :ncourses / 5 AS nold \gset
SELECT :ncourses - :nold AS nnew \gset

INSERT INTO course (id, school_id, title, description, activity_kind, venue_id, capacity, seats_taken, fee_ore,
                    signup_opens_at, signup_closes_at, status, created_at)
SELECT :bc + c, :school, 'Benchmarkhold ' || c, 'Genereret til benchmark', 'UNDERVISNING', :venue, 100000, 0, 60000,
       CASE WHEN c % 5 = 0 THEN TIMESTAMP '2018-11-01' ELSE TIMESTAMP '2025-05-01' END,
       CASE WHEN c % 5 = 0 THEN TIMESTAMP '2019-01-31' ELSE TIMESTAMP '2025-08-31' END,
       'COMPLETED', CASE WHEN c % 5 = 0 THEN TIMESTAMP '2018-10-01' ELSE TIMESTAMP '2025-04-01' END
FROM generate_series(1, :ncourses) c;

INSERT INTO lesson (id, course_id, lesson_date, start_time, end_time)
SELECT :bl + c * 8 + k, :bc + c,
       CASE WHEN c % 5 = 0 THEN DATE '2019-02-05' ELSE DATE '2025-09-02' END + 7 * k, TIME '19:00', TIME '21:00'
FROM generate_series(1, :ncourses) c, generate_series(0, 7) k;

-- course number for person p's j-th enrolment: an old course (c % 5 = 0) for the expired, else a new one
CREATE TEMP TABLE bench_enr AS
SELECT p, j, :be + 2 * p + j AS eid, :bi + 2 * p + j AS iid,
       :bc + CASE WHEN p % 5 = 0 THEN 5 * (1 + (p / 5 + j) % :nold)
                  ELSE (1 + (p + j) % :nnew) + (1 + (p + j) % :nnew - 1) / 4 END AS cid,
       p % 5 = 0 AS expired
FROM generate_series(1, :persons) p, generate_series(0, 1) j WHERE j <= p % 2;

INSERT INTO participant (id, school_id, first_name, last_name, street, postcode, city, address_municipality,
                         birth_date, email, phone, hjemstedskommune, created_at, updated_at)
SELECT :bp + p, :school, 'Deltager', 'Nr' || p, 'Benchmarkvej ' || (p % 300 + 1), '6900', 'Skjern', :'muni',
       DATE '1950-01-01' + (p % 18000), 'd' || p || '@bench.example', NULL, :'muni',
       CASE WHEN p % 5 = 0 THEN TIMESTAMP '2018-06-01' ELSE TIMESTAMP '2024-06-01' END,
       CASE WHEN p % 5 = 0 THEN TIMESTAMP '2018-06-01' ELSE TIMESTAMP '2024-06-01' END
FROM generate_series(1, :persons) p;

INSERT INTO payer (id, school_id, public_id, participant_id, name, street, postcode, city, email)
SELECT :by + p, :school, 'BP' || p, :bp + p, 'Deltager Nr' || p, 'Benchmarkvej ' || (p % 300 + 1), '6900', 'Skjern',
       'd' || p || '@bench.example'
FROM generate_series(1, :persons) p;

INSERT INTO enrolment (id, school_id, course_id, participant_id, public_ref, status, channel, entered_by, created_at,
                       confirmed_at, active_participant_id, payer_id)
SELECT eid, :school, cid, :bp + p, 'bench-' || eid, 'CONFIRMED', 'ONLINE', 'self',
       CASE WHEN expired THEN TIMESTAMP '2018-12-01' ELSE TIMESTAMP '2025-06-15' END,
       CASE WHEN expired THEN TIMESTAMP '2018-12-01' ELSE TIMESTAMP '2025-06-15' END, :bp + p, :by + p
FROM bench_enr;

INSERT INTO idempotency_key (school_id, idem_key, course_id, enrolment_id, created_at)
SELECT :school, 'bench-' || eid, cid, eid, CASE WHEN expired THEN TIMESTAMP '2018-12-01' ELSE TIMESTAMP '2025-06-15' END
FROM bench_enr WHERE p % 3 = 0;

INSERT INTO invoice (id, school_id, fiscal_year, number, kind, enrolment_id, course_id, payer_id, issued_at, issue_date,
                     due_date, payment_reference, gross_ore, reduction_ore, total_ore, status, paid_at)
SELECT iid, :school, CASE WHEN expired THEN 2018 ELSE 2024 END, 10000000 + 2 * p + j, 'INVOICE', eid, cid, :by + p,
       CASE WHEN expired THEN TIMESTAMP '2018-12-01' ELSE TIMESTAMP '2025-06-15' END,
       CASE WHEN expired THEN DATE '2018-12-01' ELSE DATE '2025-06-15' END,
       CASE WHEN expired THEN DATE '2018-12-15' ELSE DATE '2025-06-29' END,
       'BR' || iid, 60000, 0, 60000, 'PAID',
       CASE WHEN expired THEN TIMESTAMP '2018-12-05' ELSE TIMESTAMP '2025-06-20' END
FROM bench_enr;

INSERT INTO payment (id, school_id, invoice_id, provider, order_id, transaction_id, amount_ore, status, created_at,
                     authorised_at, captured_at)
SELECT iid, :school, iid, 'BENCH', 'BO' || iid, 'BT' || iid, 60000, 'CAPTURED',
       CASE WHEN expired THEN TIMESTAMP '2018-12-05' ELSE TIMESTAMP '2025-06-20' END,
       CASE WHEN expired THEN TIMESTAMP '2018-12-05' ELSE TIMESTAMP '2025-06-20' END,
       CASE WHEN expired THEN TIMESTAMP '2018-12-05' ELSE TIMESTAMP '2025-06-20' END
FROM bench_enr WHERE (p + j) % 2 = 0;

INSERT INTO ledger_entry (school_id, fiscal_year, course_id, invoice_id, kind, amount_ore, posted_at, reference)
SELECT :school, CASE WHEN expired THEN 2018 ELSE 2024 END, cid, iid, 'INVOICE', 60000,
       CASE WHEN expired THEN TIMESTAMP '2018-12-01' ELSE TIMESTAMP '2025-06-15' END, 'BR' || iid
FROM bench_enr
UNION ALL
SELECT :school, CASE WHEN expired THEN 2018 ELSE 2024 END, cid, iid, 'PAYMENT', -60000,
       CASE WHEN expired THEN TIMESTAMP '2018-12-05' ELSE TIMESTAMP '2025-06-20' END, 'BT' || iid
FROM bench_enr WHERE (p + j) % 2 = 0;

INSERT INTO attendance (school_id, lesson_id, enrolment_id, present, recorded_by, recorded_at)
SELECT :school, :bl + (cid - :bc) * 8 + k, eid, (p + k) % 4 <> 0, 'laerer',
       CASE WHEN expired THEN TIMESTAMP '2019-02-05' ELSE TIMESTAMP '2025-09-02' END + k * INTERVAL '7 days'
FROM bench_enr, generate_series(0, 1) k;

INSERT INTO reduced_fee_declaration (school_id, enrolment_id, participant_id, group_id, text_version, text_shown,
                                     declared_at, form, entered_by)
SELECT :school, eid, :bp + p, :rgroup, '2026-1', 'Jeg erklærer på tro og love (benchmark).',
       CASE WHEN expired THEN TIMESTAMP '2018-12-01' ELSE TIMESTAMP '2025-06-15' END, 'ONLINE', 'self'
FROM bench_enr WHERE p % 10 = 3 OR p % 10 = 0;

INSERT INTO consent (school_id, participant_id, purpose, text_version, form, given_at, recorded_by)
SELECT :school, :bp + p, 'NEWSLETTER', 'v1', 'ONLINE',
       CASE WHEN p % 5 = 0 THEN TIMESTAMP '2018-06-01' ELSE TIMESTAMP '2024-06-01' END, 'self'
FROM generate_series(1, :persons) p WHERE p % 3 = 0;

INSERT INTO notification (school_id, kind, enrolment_id, created_at, sent_at, invoice_id)
SELECT :school, 'CONFIRMATION', eid, TIMESTAMP '2018-12-01', TIMESTAMP '2018-12-01 00:05', iid
FROM bench_enr WHERE expired;

INSERT INTO mail_log (school_id, notification_id, kind, sent_at)
SELECT n.school_id, n.id, n.kind, n.sent_at FROM notification n JOIN bench_enr b ON b.eid = n.enrolment_id;

UPDATE course c SET seats_taken = s.n FROM (SELECT cid, count(*) AS n FROM bench_enr GROUP BY cid) s WHERE s.cid = c.id;

DROP TABLE IF EXISTS bench_expired;
CREATE TABLE bench_expired AS SELECT :bp + p AS id FROM generate_series(5, :persons, 5) p;
ALTER TABLE bench_expired ADD PRIMARY KEY (id);

-- The identity sequences continue after the explicit ids.
SELECT setval(pg_get_serial_sequence(t, 'id'), (SELECT max(id) FROM participant)) FROM (VALUES ('participant')) v(t);
SELECT setval(pg_get_serial_sequence('enrolment', 'id'), (SELECT max(id) FROM enrolment));
SELECT setval(pg_get_serial_sequence('invoice', 'id'), (SELECT max(id) FROM invoice));
SELECT setval(pg_get_serial_sequence('payer', 'id'), (SELECT max(id) FROM payer));
SELECT setval(pg_get_serial_sequence('payment', 'id'), (SELECT max(id) FROM payment));
SELECT setval(pg_get_serial_sequence('course', 'id'), (SELECT max(id) FROM course));
SELECT setval(pg_get_serial_sequence('lesson', 'id'), (SELECT max(id) FROM lesson));
