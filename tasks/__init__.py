"""newsflow stages: pure cores in `tasks.core`, thin Prefect task wrappers beside them."""
