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


def _entry(li) -> tuple[str, str]:
    """(date, text) of a key point or chronology entry: "**date** — text [citation] ¶…".

    The text is everything between the date and the citation, as shown.
    """
    p = li.find("p") if li.find("p") is not None else li
    date = ""
    parts = [p.text or ""]
    children = list(p)
    if not (p.text or "").strip() and children and children[0].tag == "strong":
        date = ws(children[0].text_content())
        parts = [children[0].tail or ""]
        children = children[1:]
    for child in children:
        if "bibtex-citation" in (child.get("class") or ""):
            break
        parts.append(child.text_content() + (child.tail or ""))
    text = ws("".join(parts))
    if date:
        text = text.removeprefix("—").strip()
    return date, text


def _sentence(li) -> str:
    """The key point's text (its context sentence first, when it has one), without its date."""
    return _entry(li)[1]


_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre")
_FRENCH_DATE = re.compile(
    r"^(?:semaine du )?(?:(?P<day>1er|\d{1,2}) )?(?:(?P<month>" + "|".join(_MONTHS) + r") )?(?P<year>\d{4})"
    r"(?: \((?:au mois|à l’année) près\))?$"
)


def iso_of(french: str) -> str | None:
    """'2 juin 2013' → '2013-06-02', 'juillet 2023' → '2023-07', '2019' → '2019'; None if not a date."""
    m = _FRENCH_DATE.match(french)
    if not m:
        return None
    out = m["year"]
    if m["month"]:
        out += f"-{_MONTHS.index(m['month']) + 1:02d}"
        if m["day"]:
            out += f"-{1 if m['day'] == '1er' else int(m['day']):02d}"
    return out


#: Openings that make a sentence lean on the one before (written for this test,
#: independently of the rule list the code uses).
_DEPENDENT_OPENING = re.compile(
    r"^[«“\"(\s]*(?:En réaction|Par ailleurs|De plus|En outre|Mais|Ainsi|Pourtant|Cependant|Toutefois|"
    r"D['’]ailleurs|En effet|Enfin|Or|Donc|Puis|De son côté|De leur côté|Pour sa part|"
    r"Cette|Cet|Ces|Ce|Il(?! y a| faut)|Elle|Ils|Elles|Celui-ci|Celle-ci|Cela|Ceci|C['’]est|La veille|Le lendemain)\b"
)


def check_points_page(path: Path, page) -> int:
    """Every key point shows a date, opens self-contained, and the points are in date order."""
    dates = []
    for li in _container_items(page, "briefing-points"):
        date, text = _entry(li)
        iso = iso_of(date)
        assert iso, f"{path.name}: key point without a date: {date!r} {text[:60]!r}"
        assert not _DEPENDENT_OPENING.match(text), f"{path.name}: point opens dependent: {text[:80]!r}"
        dates.append(iso)
    assert dates == sorted(dates), f"{path.name}: points not in date order: {dates}"
    return len(dates)


def check_chronology_entries(path: Path, page) -> int:
    """No chronology entry is only its date phrase: it shows the words the date dates."""
    n = 0
    for li in _container_items(page, "briefing-chronology"):
        date, text = _entry(li)
        assert iso_of(date), f"{path.name}: chronology entry without a date: {date!r}"
        p = li.find("p")
        expression = [ws(x.text_content()) for x in p.findall("strong")[1:]]
        rest = text
        for e in expression:
            rest = rest.replace(e, "", 1)
        assert len(rest.split()) >= 3, f"{path.name}: chronology entry is only a date phrase: {text!r}"
        n += 1
    return n


def _sourcing(li):
    """The note after the citation: "(source unique)" or "(confirmé par N autres sources ¶ ¶)"."""
    notes = [em for em in li.iter("em") if re.match(r"\((?:source unique|confirmé par)", ws(em.text_content()))]
    return notes[-1] if notes else None


def _paragraph_links(li) -> list[str]:
    """The "¶" links of the point's own sources (not those of its corroboration)."""
    note = _sourcing(li)
    inside = set(note.iter("a")) if note is not None else set()
    return [a.get("href") for a in li.iter("a") if a.text_content().strip() == "¶" and a not in inside]


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
        points = [typo(_sentence(li)) for li in _container_items(page, "briefing-points")]
        # one sentence may date two events (two entries, two dates), never one twice
        events = [(_entry(li)[0], typo(_entry(li)[1])) for li in _container_items(page, "briefing-chronology")]
        dupes = {s for s in points if points.count(s) > 1} | {e for e in events if events.count(e) > 1}
        dupes |= {t for _, t in events if t in points}
        assert not dupes, f"{path.name}: shown twice: {dupes}"
        shown = [s for s in points + [t for _, t in events] if len(s.split()) >= 6]
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


def test_every_key_point_says_how_many_other_sources_confirm_it(summary_html):
    """"source unique", or "confirmé par N autre(s) source(s)" with N links to paragraphs of
    other stories: never to the point's own articles, never to the wire copy of the Jakarta
    story (000 and 001 are one story)."""
    pages = Pages(summary_html)
    for path in _summary_pages(summary_html):
        page = pages.get(path)
        for li in _container_items(page, "briefing-points"):
            note = _sourcing(li)
            assert note is not None, f"{path.name}: no corroboration note in {_sentence(li)[:60]!r}"
            text = ws(note.text_content())
            m = re.match(r"\((source unique|confirmé par (\d+) autres? sources?)", text)
            assert m, text
            links = [a.get("href") for a in note.iter("a")]
            assert len(links) == (int(m[2]) if m[2] else 0), text
            own_files = {urldefrag(h)[0].rsplit("/", 1)[-1] for h in _paragraph_links(li)}
            for h in links:
                assert urldefrag(h)[0].rsplit("/", 1)[-1] not in own_files, f"{path.name}: corroborated by itself"
                pages.target(path, h)
    # the seeds' Jakarta points cite both outlets and neither confirms the other
    synthese = pages.get(summary_html / "dossier" / "synthese.html")
    both = [li for li in _container_items(synthese, "briefing-points")
            if len({urldefrag(h)[0] for h in _paragraph_links(li)}) >= 2]
    assert both, "no key point of the Synthèse cites the two outlets of the wire story"
    for li in both:
        assert ws(_sourcing(li).text_content()).startswith("(source unique"), ws(li.text_content())[:120]


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


# --- issue 9: salience, self-contained and dated points, chronology ---------------------

#: The lead paragraph of each distinct story of the seeds (000 and 001 carry one story),
#: read off the source files by hand.
SEED_STORY_LEADS = {
    "Jakarta 2023": ["2023-07-blinken-met-en-garde-pekin-contre-les-pirates-informatiques#art-2023-07-blinken-met-en-garde-pekin-contre-les-pirates-informatiques-p1",
                     "2023-07-les-chefs-de-la-diplomatie-americaine-et-chinoise-antony#art-2023-07-les-chefs-de-la-diplomatie-americaine-et-chinoise-antony-p1"],
    "alliés 2021": ["2021-07-antony-blinken-denonce-un-comportement-irresponsable#art-2021-07-antony-blinken-denonce-un-comportement-irresponsable-p1"],
    "Kerry 2014": ["2014-07-02-a-pekin-kerry-va-pousser-la-chine-a-agir-contre-le#art-2014-07-02-a-pekin-kerry-va-pousser-la-chine-a-agir-contre-le-p2"],
    "rencontres 2013": ["2013-06-02-cybersecurite-des-rencontres-regulieres-chine-usa-instituees#art-2013-06-02-cybersecurite-des-rencontres-regulieres-chine-usa-instituees-p2"],
}


def test_synthese_has_a_sentence_of_the_lead_of_each_story(summary_html):
    pages = Pages(summary_html)
    synthese = summary_html / "dossier" / "synthese.html"
    points = [_sentence(li) for li in _container_items(pages.get(synthese), "briefing-points")]
    for story, leads in SEED_STORY_LEADS.items():
        texts = []
        for lead in leads:
            name, frag = lead.split("#")
            texts.append(ws(pages.target(synthese, f"articles/{name}.html#{frag}").text_content()))
        assert any(p in t for p in points for t in texts), f"no sentence of the lead of {story}"


def test_key_points_are_dated_self_contained_and_in_date_order(summary_html):
    pages = Pages(summary_html)
    n = sum(check_points_page(path, pages.get(path)) for path in _summary_pages(summary_html))
    assert n >= 20


def test_no_chronology_entry_is_only_a_date_phrase(summary_html):
    pages = Pages(summary_html)
    paths = [*_summary_pages(summary_html), summary_html / "dossier" / "chronologie.html"]
    assert sum(check_chronology_entries(p, pages.get(p)) for p in paths) >= 10


def check_global_chronology(html: Path) -> int:
    """Years ascending, entries in date order, each entry's words in every paragraph it links to.

    A large chronology is split into pages (by decade, year, month): each page is checked."""
    pages = Pages(html)
    paths = [html / "dossier" / "chronologie.html", *sorted((html / "dossier" / "chronologie").glob("*.html"))]
    checked = 0
    for path in paths:
        page = pages.get(path)
        years = [ws(h.text_content()).rstrip("#").strip() for h in page.xpath("//section/h2")]
        if len(paths) == 1:
            assert years and years == sorted(years), years
        dates = []
        for li in _container_items(page, "briefing-chronology"):
            date, text = _entry(li)
            dates.append(iso_of(date))
            links = _paragraph_links(li)
            assert links, f"chronology entry without ¶ link: {text!r}"
            for href in links:
                assert typo(text) in typo(pages.target(path, href).text_content()), f"{text!r} not in {href}"
                checked += 1
        assert all(dates) and dates == sorted(dates), path
    return checked


def test_global_chronology_entries_link_to_paragraphs_that_contain_them(summary_html):
    assert check_global_chronology(summary_html) >= 10


def test_global_chronology_dates_the_attacks_not_the_attribution(summary_html):
    """"attribuent … les attaques … menées en mars dernier": March 2021 shows the attacks' clause."""
    page = Pages(summary_html).get(summary_html / "dossier" / "chronologie.html")
    entries = [_entry(li) for li in _container_items(page, "briefing-chronology")]
    march = [t for d, t in entries if "en mars dernier" in t]
    assert len(march) == 1
    assert march[0].startswith("les attaques massives menées") and "attribuent" not in march[0]
    assert [d for d, t in entries if "en mars dernier" in t] == ["mars 2021 (au mois près)"]
    # a wire copy is one entry, citing both outlets
    last_month = [li for li in _container_items(page, "briefing-chronology") if "le mois dernier" in _entry(li)[1]]
    assert len(last_month) == 1 and len(_paragraph_links(last_month[0])) == 2
