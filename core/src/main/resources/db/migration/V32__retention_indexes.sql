-- Indexes the retention sweep needs (measured by scripts/bench/retention.sh): every column a
-- person's erasure deletes or updates by, or that a foreign key checks when a row it references is
-- deleted. Without them each deleted invoice, enrolment, payer or person made PostgreSQL scan the
-- referencing table (ledger postings, idempotency keys, invoices, enrolments, declarations), so a
-- sweep over a million persons did not finish.
CREATE INDEX ledger_entry_invoice ON ledger_entry (invoice_id);
CREATE INDEX notification_invoice ON notification (invoice_id);
CREATE INDEX invoice_payer ON invoice (payer_id);
CREATE INDEX enrolment_payer ON enrolment (payer_id);
CREATE INDEX idempotency_key_enrolment ON idempotency_key (enrolment_id);
CREATE INDEX reduced_fee_declaration_participant ON reduced_fee_declaration (participant_id);
CREATE INDEX attendance_change_enrolment ON attendance_change (enrolment_id);
CREATE INDEX payment_task_payment ON payment_task (payment_id);
CREATE INDEX supplementary_info_consent ON supplementary_info (consent_id);
