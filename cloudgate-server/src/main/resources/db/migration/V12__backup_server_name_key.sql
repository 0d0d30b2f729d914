-- Issue 11: every create names its backup server, most often by name in any case (SPEC §7 A2); the key, the
-- name trimmed and in lower case as every other name_key, lets the store find it by index instead of lowering
-- every backup server's name.
-- The server writes it on insert; this fills it for rows made before.
alter table backup_server add column name_key varchar(255);
update backup_server set name_key = lower(trim(name));
create index backup_server_name_key on backup_server (name_key, seq);
