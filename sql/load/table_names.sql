-- Every table of the warehouse, schema-qualified: what the integrity check reads through.
select schema_name || '.' || table_name from duckdb_tables() where database_name = current_database()
