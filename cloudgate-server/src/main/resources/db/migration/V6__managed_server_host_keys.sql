-- Issue 16, finding 9: a gateway task finds its host's managed server by index instead of loading every
-- managed server of the backup server. The keys hold the name and IP address trimmed and in lower case
-- (SPEC §8 B2); the server writes them on insert, this fills them for rows made before.
alter table managed_server add column name_key varchar(255);
alter table managed_server add column ip_key varchar(64);
update managed_server set name_key = lower(trim(name)), ip_key = lower(trim(ip_address));
create index managed_server_name_key on managed_server (backup_server_id, name_key, seq);
create index managed_server_ip_key on managed_server (backup_server_id, ip_key, seq);
