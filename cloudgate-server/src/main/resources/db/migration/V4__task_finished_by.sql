-- Which node finished a task: lets operators (and the multi-node tests) see that every task ran
-- exactly once, and where. Runs unchanged on H2 and PostgreSQL.
alter table task add column finished_by varchar(128);

-- Tasks are applied one at a time in arrival order (SPEC §8 B11): the runners look for the oldest
-- Running task.
create index task_running_in_order on task (state, id);
