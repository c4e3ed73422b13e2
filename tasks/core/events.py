"""Events: actor–action–target triples from the dependency parse. (placeholder until issue 5)"""

from datetime import date

from spacy.tokens import Doc


def extract_events(doc: Doc, published_at: date | None) -> list[dict]:
    """Event rows of one Doc (EVENTS columns without doc_id)."""
    return []
