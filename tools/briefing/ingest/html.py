"""Saved web pages: main text and metadata with trafilatura (imported only when
an .html file is read), then the same line cleaner as plain text."""

from __future__ import annotations

from .decode import UnreadableFile
from .metadata import parse_editor_date


def extract_html(data: bytes) -> tuple[str, dict]:
    """Return (main text, metadata fields found in the page)."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        data,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not (getattr(doc, "text", None) or "").strip():
        raise UnreadableFile("no article text found in this web page")
    fields: dict = {}
    if doc.title:
        fields["title"] = doc.title.strip()
    if doc.date:
        parsed = parse_editor_date(str(doc.date)[:10])
        if parsed:
            fields["date"], fields["date_precision"] = parsed
    if doc.author:
        fields["authors"] = tuple(a.strip() for a in doc.author.replace(",", ";").split(";") if a.strip())
    if doc.sitename:
        fields["outlet"] = doc.sitename.strip()
    language = getattr(doc, "language", None)
    if language:
        fields["language"] = language.split("-")[0].lower()
    return doc.text, fields
