"""The built HTML of every chapter and of the Synthèse, checked sentence by sentence.

For each key point (a list item in a ``briefing-points`` container), its
sentence — the text before the citation — must occur verbatim (modulo
whitespace) in the paragraph every "¶" link points to, following the href to
the article's HTML file and the element with that id. Copies of a wire
sentence carried by other outlets may differ only in the typography of quotes
and apostrophes. No sentence may appear twice on a page.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urldefrag

import lxml.html
import pytest

pytestmark = pytest.mark.slow

_QUOTES = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "’": "'", "‘": "'", "\u00a0": " ", "\u202f": " "})


def ws(text: str) -> str:
    return " ".join(text.split())


def typo(text: str) -> str:
    """Whitespace and quote typography (« non » / "non") ignored."""
    return re.sub(r'\s*"\s*', '"', ws(text.translate(_QUOTES)))


def _container_items(page, cls: str):
    return page.xpath(f'//div[contains(concat(" ", @class, " "), " {cls} ")]//li')


def _sentence(li) -> str:
    """The key point's sentence: the text of its paragraph before the citation
    (glossary and who's-who links inside the sentence count as its text)."""
    p = li.find("p") if li.find("p") is not None else li
    parts = [p.text or ""]
    for child in p:
        if "bibtex-citation" in (child.get("class") or ""):
            break
        parts.append(child.text_content() + (child.tail or ""))
    return ws("".join(parts))


def _paragraph_links(li) -> list[str]:
    return [a.get("href") for a in li.iter("a") if a.text_content().strip() == "¶"]


class Pages:
    def __init__(self, root: Path):
        self.root = root
        self.cache: dict[Path, object] = {}

    def get(self, path: Path):
        path = path.resolve()
        if path not in self.cache:
            self.cache[path] = lxml.html.parse(str(path)).getroot()
        return self.cache[path]

    def target(self, page_path: Path, href: str):
        url, frag = urldefrag(href)
        assert frag, f"{page_path.name}: link without fragment {href}"
        file = (page_path.parent / url).resolve() if url else page_path.resolve()
        assert file.is_file(), f"{page_path.name}: link to missing file {href}"
        found = self.get(file).xpath(f'//*[@id="{frag}"]')
        assert found, f"{page_path.name}: link to missing id {href}"
        return found[0]


def _summary_pages(html: Path) -> list[Path]:
    chapters = sorted((html / "dossier" / "chapitres").glob("*.html"))
    return [html / "dossier" / "synthese.html", *[c for c in chapters if c.name != "index.html"]]


@pytest.fixture(scope="session")
def summary_html(seeds_html):
    assert seeds_html.warnings == [], seeds_html.warnings
    return seeds_html.out


def test_every_key_point_is_verbatim_in_each_linked_paragraph(summary_html):
    pages = Pages(summary_html)
    checked = 0
    for path in _summary_pages(summary_html):
        page = pages.get(path)
        items = _container_items(page, "briefing-points")
        assert items, f"{path.name}: no key points"
        for li in items:
            sentence = _sentence(li)
            assert len(sentence.split()) >= 6, f"{path.name}: empty or truncated sentence {sentence!r}"
            links = _paragraph_links(li)
            assert links, f"{path.name}: no ¶ link for {sentence!r}"
            for n, href in enumerate(links):
                target = ws(pages.target(path, href).text_content())
                if n == 0:
                    assert sentence in target, f"{path.name}: {sentence!r} not in {href}"
                else:
                    assert typo(sentence) in typo(target), f"{path.name}: {sentence!r} not in {href}"
                checked += 1
    assert checked >= 20


def test_every_link_of_the_summary_pages_resolves(summary_html):
    pages = Pages(summary_html)
    for path in [*_summary_pages(summary_html), summary_html / "dossier" / "chapitres" / "index.html"]:
        content = pages.get(path).xpath('//article[contains(@class, "bd-article")] | //div[@role="main"]')[0]
        for a in content.iter("a"):
            href = a.get("href")
            if not href or href.startswith(("http:", "https:", "mailto:")):
                continue
            if "#" in href and not href.endswith("#"):
                pages.target(path, href)
            else:
                url = urldefrag(href)[0]
                assert (path.parent / url).resolve().is_file(), f"{path.name}: broken link {href}"


def test_no_sentence_twice_on_a_page(summary_html):
    pages = Pages(summary_html)
    for path in _summary_pages(summary_html):
        page = pages.get(path)
        shown = [
            typo(_sentence(li))
            for cls in ("briefing-points", "briefing-chronology")
            for li in _container_items(page, cls)
        ]
        shown = [s for s in shown if len(s.split()) >= 6]
        dupes = {s for s in shown if shown.count(s) > 1}
        assert not dupes, f"{path.name}: shown twice: {dupes}"
        # a quote never repeats (part of) a key point of the same page
        quotes = [typo(li.text_content()).split(" — ")[0].strip(' "')
                  for li in _container_items(page, "briefing-quotes")]
        for q in quotes:
            assert not any(q in s for s in shown), f"{path.name}: quote repeats a key point: {q}"


def test_wire_copy_counts_once_and_cites_both_outlets(summary_html):
    """The Blinken–Wang Yi meeting, carried by two outlets, is one key point citing both."""
    pages = Pages(summary_html)
    meeting = re.compile(r"Cette rencontre, en marge d'une réunion de l'Association des nations")
    warned = re.compile(r"Antony Blinken a averti jeudi le chef de la diplomatie chinoise")
    seen_somewhere = False
    for path in _summary_pages(summary_html):
        page = pages.get(path)
        sentences = [(li, _sentence(li)) for li in _container_items(page, "briefing-points")]
        for pattern in (meeting, warned):
            hits = [(li, s) for li, s in sentences if pattern.search(s)]
            assert len(hits) <= 1, f"{path.name}: the meeting is reported {len(hits)} times"
            for li, _ in hits:
                seen_somewhere = True
                files = {urldefrag(h)[0].rsplit("/", 1)[-1] for h in _paragraph_links(li)}
                assert len(files) >= 2, f"{path.name}: the wire copy cites only {files}"
    assert seen_somewhere, "the Blinken–Wang Yi meeting is in no chapter"


def test_the_meeting_is_reported_once_per_page_in_any_wording(summary_html):
    """Two outlets word the Jakarta meeting differently; a page reports it once."""
    pages = Pages(summary_html)
    about_meeting = re.compile(r"rencontr\w*\b.*\b(Wang Yi|Asean|Jakarta)|(Wang Yi|Asean|Jakarta)\b.*\brencontr", re.S)
    for path in _summary_pages(summary_html):
        sentences = [_sentence(li) for li in _container_items(pages.get(path), "briefing-points")]
        hits = [s for s in sentences if about_meeting.search(s)]
        assert len(hits) <= 1, f"{path.name}: the meeting is reported {len(hits)} times: {hits}"


def test_chapters_are_the_editors_and_synthese_has_5_to_10_points(summary_html):
    pages = Pages(summary_html)
    names = {p.stem for p in _summary_pages(summary_html)}
    for tid in ("attribution", "dialogue-sino-americain", "reponse-des-allies",
                "inculpations-et-sanctions", "fentanyl", "canaux-militaires",
                "mer-de-chine-meridionale"):
        assert tid in names
    synthese = pages.get(summary_html / "dossier" / "synthese.html")
    assert 5 <= len(_container_items(synthese, "briefing-points")) <= 10
    fentanyl = pages.get(summary_html / "dossier" / "chapitres" / "fentanyl.html")
    assert all("fentanyl" in _sentence(li).lower() or "opioïde" in _sentence(li)
               for li in _container_items(fentanyl, "briefing-points")[:2])
