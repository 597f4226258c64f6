"""The one configuration object, shared by the CLI and the Sphinx extension.

Each field carries its help text; the Sphinx extension registers every field as
a ``briefing_<name>`` config value from the same metadata.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path


def _opt(default, help: str, **kw):
    return field(default=default, metadata={"help": help, **kw})


@dataclass(frozen=True)
class BriefingConfig:
    source_dir: Path = _opt(Path("seeds"), "Folder of input articles (.txt, .md, .html).")
    output_dir: Path = _opt(
        Path("docs/dossier"), "Folder of generated pages; owned by briefing, ignored by git."
    )
    cache_dir: Path | None = _opt(
        None, "Folder of cached analysis; defaults to <output_dir>/../.briefing-cache."
    )
    analyse: bool = _opt(True, "Run the French NLP analysis (entities, quotes, events).")
    spacy_model: str = _opt("fr_core_news_md", "spaCy pipeline used for the analysis.")
    n_process: int = _opt(2, "Worker processes for the NLP analysis of a large corpus.")
    topics_file: str = _opt(
        "topics.yaml", "Topic configuration, relative to source_dir; topics are discovered when absent."
    )
    metadata_file: str = _opt(
        "metadata.yaml", "Editorial metadata overrides, relative to source_dir."
    )
    glossary_file: str = _opt(
        "glossary.yaml", "Acronyms and their expansion (ACRONYM: expansion), relative to source_dir."
    )
    topics_regrowth: float = _opt(
        0.25,
        "Discovered topics are kept from one build to the next, new articles joining the closest; "
        "they are discovered afresh once the corpus has grown by more than this fraction.",
    )
    max_article_bytes: int = _opt(
        5_000_000, "Largest article file read, in bytes; a larger file is skipped with a warning."
    )
    progress: bool = _opt(True, "Show a progress bar on a terminal (never in CI logs).")
    editions: bool = _opt(
        True, "Record an edition manifest (editions/<n>.json next to output_dir) and mark what is "
        "new since the last one."
    )
    pdf_articles: str = _opt(
        "all", "PDF annex of articles: 'all' (every article's text), 'summary' (one line per "
        "article: title, date, source) or 'none' (no annex; the site keeps every article).",
        choices=("all", "summary", "none"),
    )
    edition_of: str = _opt(
        "", "Compare with this edition manifest instead of the last one in editions/."
    )

    def __post_init__(self) -> None:
        for f in fields(self):
            choices = f.metadata.get("choices")
            if choices and getattr(self, f.name) not in choices:
                raise ValueError(f"briefing_{f.name} = {getattr(self, f.name)!r}: expected one of "
                                 + ", ".join(repr(c) for c in choices))

    @property
    def resolved_cache_dir(self) -> Path:
        if self.cache_dir is not None:
            return Path(self.cache_dir)
        return Path(self.output_dir).parent / ".briefing-cache"

    @classmethod
    def help(cls) -> dict[str, str]:
        return {f.name: f.metadata["help"] for f in fields(cls)}
