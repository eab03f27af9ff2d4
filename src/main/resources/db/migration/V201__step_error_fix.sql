-- A failed step keeps the fix of its cause (a rule's AWS CLI command, as the wizard shows it), so that the
-- progress view can show it after a restart as well.
alter table provisioning_step add column error_fix_kind varchar(32);
alter table provisioning_step add column error_fix_text varchar(8000);
