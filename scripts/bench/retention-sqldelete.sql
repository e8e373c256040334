-- The ceiling of the retention sweep benchmark: the same persons found by the same rule and the
-- same rows deleted or anonymised as the application's targets do (scripts/bench/retention.sh runs
-- it on a copy of the data), but set-based, in one transaction, with nothing between the statements.
-- psql -v school=S -v cutoff=YYYY-MM-DD (the first day of the fiscal year whose activity is kept).
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE gone ON COMMIT DROP AS
SELECT p.id FROM participant p
WHERE p.school_id = :school AND p.created_at < DATE :'cutoff'
  AND NOT EXISTS (SELECT 1 FROM enrolment e JOIN lesson l ON l.course_id = e.course_id
                  WHERE e.participant_id = p.id AND l.lesson_date >= DATE :'cutoff')
  AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.participant_id = p.id AND e.created_at >= DATE :'cutoff')
  AND NOT EXISTS (SELECT 1 FROM invoice i JOIN enrolment e ON e.id = i.enrolment_id
                  WHERE e.participant_id = p.id AND (i.issue_date >= DATE :'cutoff' OR i.paid_at >= DATE :'cutoff'))
  AND NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.school_id = :school AND h.released_at IS NULL
                  AND h.ends_on >= current_date AND (h.participant_id = p.id
                  OR h.course_id IN (SELECT he.course_id FROM enrolment he WHERE he.participant_id = p.id)));
CREATE TEMP TABLE gone_e ON COMMIT DROP AS SELECT e.id FROM enrolment e JOIN gone g ON g.id = e.participant_id;
CREATE TEMP TABLE gone_i ON COMMIT DROP AS SELECT i.id FROM invoice i JOIN gone_e e ON e.id = i.enrolment_id;
CREATE TEMP TABLE gone_y ON COMMIT DROP AS
  SELECT i.payer_id AS id FROM invoice i JOIN gone_i g ON g.id = i.id
  UNION SELECT e.payer_id FROM enrolment e JOIN gone_e g ON g.id = e.id WHERE e.payer_id IS NOT NULL
  UNION SELECT y.id FROM payer y JOIN gone g ON g.id = y.participant_id;
ANALYZE gone; ANALYZE gone_e; ANALYZE gone_i; ANALYZE gone_y;
-- mail (10)
DELETE FROM mail_log m USING notification n, gone_e e WHERE m.notification_id = n.id AND n.enrolment_id = e.id;
DELETE FROM notification n USING gone_e e WHERE n.enrolment_id = e.id;
-- billing (20)
DELETE FROM payment_task t USING payment p, gone_i i WHERE t.payment_id = p.id AND p.invoice_id = i.id;
DELETE FROM payment p USING gone_i i WHERE p.invoice_id = i.id;
UPDATE ledger_entry l SET invoice_id = NULL, reference = NULL FROM gone_i i WHERE l.invoice_id = i.id;
UPDATE notification n SET invoice_id = NULL FROM gone_i i WHERE n.invoice_id = i.id;
DELETE FROM reduced_fee_declaration d USING gone g WHERE d.participant_id = g.id;
DELETE FROM invoice v USING gone_i i WHERE v.id = i.id AND v.kind = 'CREDIT_NOTE';
DELETE FROM invoice v USING gone_i i WHERE v.id = i.id;
UPDATE enrolment e SET payer_id = NULL FROM gone g WHERE e.participant_id = g.id;
DELETE FROM payer y USING gone_y g WHERE y.id = g.id
  AND NOT EXISTS (SELECT 1 FROM invoice i WHERE i.payer_id = y.id)
  AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.payer_id = y.id);
UPDATE payer y SET participant_id = NULL FROM gone g WHERE y.participant_id = g.id;
-- transport, teaching (25)
DELETE FROM transport_need t USING gone_e e WHERE t.enrolment_id = e.id;
DELETE FROM attendance_change a USING gone_e e WHERE a.enrolment_id = e.id;
DELETE FROM attendance a USING gone_e e WHERE a.enrolment_id = e.id;
-- enrolments (30), reporting (35)
DELETE FROM enrolment_field_value v USING gone_e e WHERE v.enrolment_id = e.id;
DELETE FROM idempotency_key k USING gone_e e WHERE k.enrolment_id = e.id;
DELETE FROM enrolment x USING gone_e e WHERE x.id = e.id;
DELETE FROM municipal_report_line r USING gone g WHERE r.participant_id = g.id;
-- consents, disclosures, support, requests (40)
DELETE FROM supplementary_info s USING gone g WHERE s.participant_id = g.id;
DELETE FROM consent c USING gone g WHERE c.participant_id = g.id;
DELETE FROM disclosure_person d USING gone g WHERE d.participant_id = g.id;
DELETE FROM support_case s USING gone g WHERE s.participant_id = g.id;
UPDATE data_subject_request r SET participant_id = NULL, details = NULL FROM gone g WHERE r.participant_id = g.id;
DELETE FROM self_login_link s USING gone g WHERE s.participant_id = g.id;
DELETE FROM self_session s USING gone g WHERE s.participant_id = g.id;
-- the person (1000) and the journal line
DELETE FROM legal_hold h USING gone g WHERE h.participant_id = g.id;
DELETE FROM participant p USING gone g WHERE p.id = g.id;
INSERT INTO purge_journal (school_id, purged_at, data_kind, subject_type, subject_id, reason)
SELECT :school, now(), 'PARTICIPANT', 'participant', id, 'RULE' FROM gone;
COMMIT;
