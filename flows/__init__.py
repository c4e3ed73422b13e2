"""Prefect flows and the `newsflow` command line: wiring only."""
