"""A benchmark corpus of N real articles: the extraction-benchmark text pages, the seed, and the
CoNLL-2003 dev documents rebuilt as text; replicated with a unique reference line when N is larger.

Copy k of article j is file number k * U + j (U articles), so two copies of one article are never
in the same batch of fewer than U documents: cleaning's within-batch near-duplicate check does
not skip them, and every document costs a full language pass, as a stream of new articles would.
"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
NO_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]}]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b)")
NO_SPACE_AFTER = re.compile(r"([(\[{$]) ")


def conll_documents(path: Path) -> list[str]:
    """CoNLL-2003 documents as plain text: one sentence per line, tokens joined and detokenized."""
    documents, sentences, tokens = [], [], []
    for line in [*path.read_text().splitlines(), "-DOCSTART-"]:
        if line.startswith("-DOCSTART-") or not line.strip():
            if tokens:
                sentences.append(NO_SPACE_AFTER.sub(r"\1", NO_SPACE_BEFORE.sub(r"\1", " ".join(tokens))))
                tokens = []
            if line.startswith("-DOCSTART-") and sentences:
                documents.append("\n".join(sentences) + "\n")
                sentences = []
            continue
        tokens.append(line.split(" ")[0])
    return documents


def real_articles(shared: Path = SHARED) -> list[str]:
    """Every distinct real article text we have, in a fixed order."""
    pages = [p.read_text() for p in sorted((shared / "extraction-benchmark" / "text").glob("*.txt"))]
    seed = [p.read_text() for p in sorted((shared / "seed").glob("*.txt"))]
    return pages + seed + conll_documents(shared / "conll2003" / "eng.testa")


def build_corpus(folder: Path, n_docs: int) -> dict:
    """Write `n_docs` article files into `folder`; returns how many are distinct and how many are copies."""
    articles = real_articles()
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(n_docs):
        copy, j = divmod(index, len(articles))
        text = articles[j] if copy == 0 else f"{articles[j].rstrip()}\n\nReference: {index}\n"
        (folder / f"article-{index:06d}.txt").write_text(text)
    return {"n_docs": n_docs, "n_distinct": min(n_docs, len(articles)), "n_copies": max(0, n_docs - len(articles))}
