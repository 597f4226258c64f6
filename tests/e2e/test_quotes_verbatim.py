"""Every quotation a chapter displays is verbatim in its source paragraph (issue 8).

For each item of a ``briefing-quotes`` container in the built HTML of the seeds
and of the whole Wikinews corpus: the text shown between « » — or, for reported
speech ("Propos rapportés"), the sentence shown without quotation marks — must
occur (white space aside) in the paragraph its first "¶" link points to; other
links may differ only in the typography of quotes and apostrophes. Reported
speech is never displayed inside « ».
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .test_summary_html import Pages, _container_items, _paragraph_links, typo, ws

pytestmark = pytest.mark.slow

_SHOWN = re.compile(r"^\s*«\s*(?P<q>.*?)\s*»\s*—", re.S)
_REPORTED = re.compile(r"^\s*Propos rapportés\s*:\s*(?P<q>.*?)\s*—", re.S)


def _displayed(li) -> tuple[str, str]:
    """(kind, text) of a quote item: ("direct", text inside « ») or ("reported", sentence)."""
    text = li.text_content()
    m = _REPORTED.match(text)
    if m:
        return "reported", ws(m.group("q"))
    m = _SHOWN.match(text)
    assert m, f"quote item not understood: {text[:120]!r}"
    return "direct", ws(m.group("q"))


def check_quotes(html: Path) -> int:
    pages = Pages(html)
    checked = 0
    for path in sorted((html / "dossier" / "chapitres").glob("*.html")):
        for li in _container_items(pages.get(path), "briefing-quotes"):
            kind, shown = _displayed(li)
            assert shown, f"{path.name}: empty quotation"
            if kind == "reported":
                assert "«" not in li.text_content().split("—")[0].split(":", 1)[0]
            links = _paragraph_links(li)
            assert links, f"{path.name}: quotation without ¶ link {shown!r}"
            for n, href in enumerate(links):
                target = ws(pages.target(path, href).text_content())
                if n == 0:
                    assert shown in target, f"{path.name}: {shown!r} is not verbatim in {href}: {target!r}"
                else:
                    assert typo(shown) in typo(target), f"{path.name}: {shown!r} not in {href}"
            checked += 1
    return checked


def test_seed_quotations_are_verbatim(seeds_html):
    assert seeds_html.returncode == 0
    assert check_quotes(seeds_html.out) >= 5


def test_wikinews_quotations_are_verbatim(wikinews_html):
    assert wikinews_html.returncode == 0, wikinews_html.stderr[-3000:]
    assert check_quotes(wikinews_html.out) >= 100
