-- Who defined each financing program and who last changed it; null for programs defined before they were kept.
alter table financing_program add column created_by text, add column updated_by text;
