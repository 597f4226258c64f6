"""The briefing's data model: small frozen records passed between pipeline stages.

Every stage takes these records and returns new ones; nothing here does I/O.
Field names match the JSON export (``briefing export --format json``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Literal

#: Where a metadata value came from.
Provenance = Literal["extracted", "derived", "editor", "unknown"]


class DatePrecision(enum.StrEnum):
    """Precision of a (possibly partial) ISO date: "2021-07" has precision "month";
    "week": the date is the Monday of the week meant ("la semaine prochaine")."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class EntityType(enum.StrEnum):
    """What a named entity is: spaCy's four types, plus two the analysis gives."""

    PER = "PER"
    ORG = "ORG"
    LOC = "LOC"
    MISC = "MISC"
    #: a byline, photo credit or "correspondant à X" signature: the press, not an actor
    JOURNALIST = "JOURNALIST"
    #: a news agency or the article's own outlet: where the text comes from, not an actor
    SOURCE = "SOURCE"


class ProblemKind(enum.StrEnum):
    """What is wrong with an input; each is also a Sphinx warning subtype (``briefing.<kind>``)."""

    unreadable = "unreadable"
    """An input file could not be read (empty, binary, undecodable, too large, a link or
    not a regular file); it is skipped."""

    bad_override = "bad_override"
    """An editorial override (front matter or metadata file) is malformed or names no article."""

    bad_topics = "bad_topics"
    """The topic configuration file is malformed."""

    bad_glossary = "bad_glossary"
    """The glossary file is malformed or has an entry that is not ACRONYM: expansion."""

    renamed = "renamed"
    """Two input files would get the same page name; the later one is published under another."""

    repaired = "repaired"
    """An input's text was repaired (invalid bytes or characters replaced or removed); the count is given."""

    analysis_skipped = "analysis_skipped"
    """Part of an article is too long for the language analysis, or the analysis failed on
    the article; it is published but (that part) not analysed."""

    foreign_file = "foreign_file"
    """A file briefing did not write was found in the generated folder; it is removed."""


def _as(record, name: str, kind: type[enum.Enum]) -> None:
    """Store a frozen record's field as its enum member (None stays None); an
    unknown value raises ValueError."""
    value = getattr(record, name)
    if value is not None and type(value) is not kind:
        object.__setattr__(record, name, kind(value))

#: Role of a kept paragraph in its article.
ParagraphKind = Literal["lead", "body", "subheading", "caption"]

#: Metadata fields an article can carry; each has a provenance.
META_FIELDS = ("title", "date", "time", "place", "agency", "authors", "outlet", "language")


@dataclass(frozen=True)
class Paragraph:
    """One kept block of an article, with a stable id (``p1``, ``p2``…).

    ``line`` is the 1-based line of the source file where the block starts
    (0 when unknown, e.g. HTML input).
    """

    id: str
    kind: ParagraphKind
    text: str
    line: int = 0


class DropReason(str, Enum):
    """Why the cleaner dropped a line (``DroppedLine.code``). The value is the
    English wording (``DroppedLine.reason``, in the JSON export), filled with
    ``DroppedLine.detail``; render/french.py has the French one."""

    DUPLICATE = "duplicate of {0}"  # detail: the paragraph id, or "the title"
    REPEATED_START = "duplicate of {0} (repeated at the start of a paragraph)"  # detail: the paragraph id
    TITLE_REPEATED = "duplicate of the title"
    TITLE_REPEATED_START = "duplicate of the title (repeated at the start of a paragraph)"
    METADATA = "used as metadata: {fields}"  # detail: the field names taken
    DATELINE_REPEAT = "dateline; its fields were already taken from an earlier line"
    BYLINE_REPEAT = "byline; repeats metadata already taken"
    RELATIVE_DATE = "relative date: the publication date cannot be read from it"
    UPDATE_TIME = "update time: not used as the publication date"
    SEPARATOR = "no words (separator line)"
    TRAILER_LINK = "link or button in a page trailer"
    IMAGE = "image file name"
    NAVIGATION = "site navigation menu"
    KICKER = "section label above the headline"
    PAGE_TITLE = "web page title: the headline with the site's or the section's name"
    PAGE_TRAILER = "web page trailer (related links, comments)"
    PAGE_FURNITURE = "web page furniture (sharing, ads, reading time)"
    PAGE_NOTICE = "web page notice (subscription, rights, wiki template)"
    FRONT_MATTER = "editor's metadata (front matter)"
    BAD_FRONT_MATTER = "invalid front matter, ignored"

    def english(self, detail: tuple[str, ...] = ()) -> str:
        return self.value.format(*detail, fields=", ".join(detail))


@dataclass(frozen=True)
class DroppedLine:
    """An input line the cleaner did not keep as a paragraph, with its reason:
    ``code`` and its ``detail``, and ``reason``, the English wording of both."""

    kind: str  # navigation, image, boilerplate, duplicate, dateline, byline, empty-title…
    text: str
    reason: str
    line: int = 0
    code: DropReason | None = None
    detail: tuple[str, ...] = ()

    @classmethod
    def of(cls, kind: str, text: str, code: DropReason, line: int = 0, detail: tuple[str, ...] = ()) -> DroppedLine:
        return cls(kind, text, code.english(detail), line, code, detail)


@dataclass(frozen=True)
class Entity:
    name: str  # canonical name
    type: EntityType
    role: str | None = None
    mentions: tuple[str, ...] = ()  # paragraph ids
    aliases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _as(self, "type", EntityType)


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None
    paragraph: str  # paragraph id
    kind: Literal["direct", "partial", "reported"] = "direct"


@dataclass(frozen=True)
class Event:
    date: str | None  # partial ISO date, None when it cannot be resolved
    precision: DatePrecision | None  # None when unresolved
    text: str  # the temporal expression as written
    sentence: str
    paragraph: str  # paragraph id
    #: the words the expression dates, verbatim from ``sentence``: the subordinate
    #: clause it belongs to ("les attaques … menées en mars dernier"), or the
    #: whole sentence when it modifies the main verb
    clause: str = ""

    @property
    def dated_text(self) -> str:
        """What the date is the date of, as shown: its clause, else its sentence.

        A clause with fewer than three words besides the expression ("Détenu
        depuis 2007") says too little alone: its sentence is shown instead.
        """
        if self.clause and len(self.clause.split()) - len(self.text.split()) >= 3:
            return self.clause
        return self.sentence

    def __post_init__(self) -> None:
        _as(self, "precision", DatePrecision)


#: One dated event as the pages show it: its copies (same date, same dated
#: words) in every article carrying it, each with its article id, the first first.
EventGroup = tuple[tuple[Event, str], ...]


@dataclass(frozen=True)
class Article:
    """One source article after ingest (and, later, analysis)."""

    id: str  # slug of the file name, unique in the corpus
    source: str  # path of the input file, relative to the corpus folder
    title: str | None = None
    date: str | None = None  # partial ISO date: 2021, 2021-07 or 2021-07-15
    date_precision: DatePrecision | None = None
    time: str | None = None  # HH:MM[:SS]
    place: str | None = None  # dateline place
    agency: str | None = None
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    language: str | None = None
    #: field name -> provenance, for every field in META_FIELDS
    provenance: dict[str, Provenance] = field(default_factory=dict)
    paragraphs: tuple[Paragraph, ...] = ()
    dropped: tuple[DroppedLine, ...] = ()
    same_story: tuple[str, ...] = ()  # ids of articles carrying the same story
    fuller_than: tuple[str, ...] = ()  # same-story ids this article is fuller than
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()

    def __post_init__(self) -> None:
        _as(self, "date_precision", DatePrecision)

    def paragraph(self, pid: str) -> Paragraph:
        for p in self.paragraphs:
            if p.id == pid:
                return p
        raise KeyError(f"{self.id}: no paragraph {pid}")

    def provenance_of(self, name: str) -> Provenance:
        value = getattr(self, name)
        if value in (None, (), ""):
            return "unknown"
        return self.provenance.get(name, "extracted")

    def with_(self, **changes) -> Article:
        return replace(self, **changes)


def stories(articles) -> dict[str, int]:
    """Article id → story number, in the articles' order; articles carrying the
    same story (``same_story``: wire copies) share one."""
    from .groups import components

    return components([a.id for a in articles], ((a.id, b) for a in articles for b in a.same_story))


@dataclass(frozen=True)
class SourceRef:
    """A place in the corpus: an article and one of its paragraphs."""

    article: str
    paragraph: str


@dataclass(frozen=True)
class SummarySentence:
    """A sentence taken verbatim from one paragraph (and every same-story copy).

    ``date`` is the event date the analysis gives for the sentence, else its
    article's date, with its ``date_precision`` (day, week, month, year).
    ``context`` is the preceding sentence of the paragraph, shown before a
    sentence that cannot be read alone ("Cette rencontre…"); empty otherwise.
    """

    text: str
    sources: tuple[SourceRef, ...]
    date: str | None = None
    date_precision: DatePrecision | None = None
    context: str = ""
    topic: str | None = None  # Synthèse: id of the chapter the point belongs to
    #: one paragraph per other story reporting the same fact (``compose.corroboration``)
    corroborated_by: tuple[SourceRef, ...] = ()
    anonymous: bool = False  # the sentence rests on an unnamed source
    relayed_from: str | None = None  # the publication it relays, as written

    def __post_init__(self) -> None:
        _as(self, "date_precision", DatePrecision)

    @property
    def shown(self) -> str:
        """The verbatim text shown: the context sentence, then the sentence."""
        return f"{self.context} {self.text}" if self.context else self.text


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    description: str = ""
    terms: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    paragraphs: tuple[SourceRef, ...] = ()
    summary: tuple[SummarySentence, ...] = ()
    #: the dated events shown in the chapter, oldest first; none whose words are
    #: already a key point of the chapter (the key point shows its date)
    chronology: tuple[EventGroup, ...] = ()
    #: the quotes shown, copies of one quote adjacent; none that repeats a key point
    quotes: tuple[tuple[Quote, str], ...] = ()  # (quote, article id)
    actors: tuple[str, ...] = ()
    discovered: bool = False


@dataclass(frozen=True)
class GlossaryEntry:
    """An acronym and its expansion, found in the articles or given by the editor."""

    term: str
    expansion: str
    source: str  # "text" or "editor"


@dataclass(frozen=True)
class Problem:
    """An input problem to report to the user (unreadable file, bad override…)."""

    kind: ProblemKind
    location: str  # "seeds/x.txt" or "seeds/x.txt:12"
    message: str

    def __post_init__(self) -> None:
        _as(self, "kind", ProblemKind)


@dataclass(frozen=True)
class Briefing:
    articles: tuple[Article, ...]
    topics: tuple[Topic, ...] = ()
    executive_summary: tuple[SummarySentence, ...] = ()
    problems: tuple[Problem, ...] = ()
    #: every dated event of the corpus, oldest first
    chronology: tuple[EventGroup, ...] = ()
    #: this build's edition and what is new since the previous one (``editions.Edition``),
    #: None when editions are off
    edition: object | None = None

    def article(self, aid: str) -> Article:
        for a in self.articles:
            if a.id == aid:
                return a
        raise KeyError(aid)
