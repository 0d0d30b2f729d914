-- Gateway pools (SPEC §5.8). A pool task's payload carries its member UIDs (about 37 characters
-- each), so the 8000 characters of V1 would cap a pool at some two hundred gateways and tenants;
-- a service provider may assign many more tenants to one pool. Same statement on H2 and PostgreSQL.
alter table task alter column payload set data type varchar(1000000);

-- The tenant's pools (SPEC §5.9 /cloud/tenants/{id}/gatewayPools) are found through this column.
create index pool_tenant_tenant on pool_tenant (tenant_id);
