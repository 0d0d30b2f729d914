-- PostgreSQL only (Database adds this location on PostgreSQL): after every migration, every text
-- column of cloudgate's schema compares and sorts by code point, as on H2 (SPEC §6.3 "ordinal"),
-- whatever collation the database was created with. Tables added by later migrations are covered
-- too; a column already in "C" is left alone, so this is cheap when nothing changed.
do $$
declare
    c record;
begin
    for c in
        select table_name, column_name, data_type, character_maximum_length
        from information_schema.columns
        where table_schema = current_schema()
          and table_name <> 'flyway_schema_history'
          and data_type in ('character varying', 'text', 'character')
          and collation_name is distinct from 'C'
    loop
        execute format('alter table %I alter column %I type %s collate "C"', c.table_name, c.column_name,
            case
                when c.data_type = 'text' then 'text'
                when c.character_maximum_length is null then c.data_type
                else format('%s(%s)', c.data_type, c.character_maximum_length)
            end);
    end loop;
end
$$;
