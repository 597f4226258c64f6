"""The one configuration object, shared by the CLI and the Sphinx extension.

Each field carries its default, its type and its help text; the Sphinx
extension registers every field as a ``briefing_<name>`` config value from
them (with ``sphinx=``, the default as seen from a Sphinx project in docs/
next to seeds/), and the command line takes its defaults from them.
``__post_init__`` checks every value and says which one is wrong.
"""

from __future__ import annotations

import os
import typing
from dataclasses import dataclass, field, fields
from pathlib import Path

from .cache import project_cache_dir


def _opt(default, help: str, **kw):
    return field(default=default, metadata={"help": help, **kw})


@dataclass(frozen=True)
class BriefingConfig:
    source_dir: Path = _opt(Path("seeds"), "Folder of input articles (.txt, .md, .html).",
                            sphinx="../seeds")
    output_dir: Path = _opt(
        Path("docs/dossier"), "Folder of generated pages; owned by briefing, ignored by git.",
        sphinx="dossier",
    )
    cache_dir: Path | None = _opt(
        None, "Folder of cached analysis; defaults to <output_dir>/../.briefing-cache.", sphinx="",
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
        hints = typing.get_type_hints(type(self))
        for f in fields(self):
            value = getattr(self, f.name)
            kind = hints[f.name]
            if kind in (Path, Path | None):
                if value is None and kind is Path:
                    raise ValueError(f"{f.name} must be a folder, not None")
                if value is not None:
                    if not isinstance(value, (str, os.PathLike)):
                        raise ValueError(f"{f.name} must be a folder path, got {value!r}")
                    object.__setattr__(self, f.name, Path(value))
            elif kind is bool:
                if value not in (True, False):  # 0 and 1 are accepted, as Sphinx's -D gives them
                    raise ValueError(f"{f.name} must be true or false, got {value!r}")
                object.__setattr__(self, f.name, bool(value))
            elif kind is int:
                if isinstance(value, bool) or not isinstance(value, int):
                    raise ValueError(f"{f.name} must be a whole number, got {value!r}")
            elif kind is float:
                try:  # text too: a value given on a command line ("0.5")
                    if isinstance(value, bool):
                        raise ValueError
                    object.__setattr__(self, f.name, float(value))
                except (TypeError, ValueError):
                    raise ValueError(f"{f.name} must be a number, got {value!r}") from None
            elif kind is str and not isinstance(value, str):
                raise ValueError(f"{f.name} must be text, got {value!r}")
            choices = f.metadata.get("choices")
            if choices and value not in choices:
                raise ValueError(f"{f.name} = {value!r}: expected one of " + ", ".join(repr(c) for c in choices))
        if self.n_process < 1:
            raise ValueError(f"n_process must be at least 1 (one worker process), got {self.n_process}")
        if not 0.0 <= self.topics_regrowth <= 1.0:
            raise ValueError("topics_regrowth must be a fraction between 0 and 1 (0.25: rediscover "
                             f"topics once the corpus grew by a quarter), got {self.topics_regrowth}")
        if self.max_article_bytes < 1:
            raise ValueError(f"max_article_bytes must be at least 1, got {self.max_article_bytes}")
        for name in ("spacy_model", "topics_file", "metadata_file", "glossary_file"):
            if not getattr(self, name).strip():
                raise ValueError(f"{name} must not be empty")

    @classmethod
    def default(cls, name: str, sphinx: bool = False):
        """A field's default; with ``sphinx``, as seen from a Sphinx project's folder."""
        f = next(f for f in fields(cls) if f.name == name)
        return f.metadata.get("sphinx", f.default) if sphinx else f.default

    @property
    def resolved_cache_dir(self) -> Path:
        if self.cache_dir is not None:
            return Path(self.cache_dir)
        return project_cache_dir(Path(self.output_dir).parent)

    @classmethod
    def help(cls) -> dict[str, str]:
        return {f.name: f.metadata["help"] for f in fields(cls)}
