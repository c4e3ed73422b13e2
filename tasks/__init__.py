"""newsflow stages: pure cores in `newsflow.tasks.core`, thin Prefect task wrappers beside them."""

# Bump when a change alters what the pipeline writes: runs record it, and documents
# processed by another version are processed again.
__version__ = "0.2.0"
