"""Quotes: speaker, cue and text of direct and indirect speech. (placeholder until issue 5)"""

from spacy.tokens import Doc


def extract_quotes(doc: Doc) -> list[dict]:
    """Quote rows of one Doc (QUOTES columns without doc_id)."""
    return []
