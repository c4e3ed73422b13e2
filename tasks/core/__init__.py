"""Pure stage logic over polars frames and spaCy Docs. Nothing here imports Prefect."""
