"""The seeds' book as a reader gets it from `briefing build`: the PDF read as
text and structure (poppler), the EPUB checked by epubcheck, the downloads."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
import yaml

from ..conftest import SEEDS
from .conftest import squash

pytestmark = pytest.mark.slow

TITLE = "Dossier de presse : cyberdiplomatie sino-américaine"


def _pages(pdf) -> list[str]:
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout).group(1))
    return [
        subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", "-f", str(i), "-l", str(i), str(pdf), "-"],
                       capture_output=True, text=True, check=True).stdout
        for i in range(1, n + 1)
    ]


@pytest.fixture(scope="module")
def pages(seeds_book):
    return _pages(seeds_book / "briefing.pdf")


def _body_words(page: str) -> list[str]:
    """Words of a page without its running head (the book's title) and its
    running foot (section name and page number)."""
    lines = [" ".join(l.split()) for l in page.splitlines() if l.strip()]
    if lines and lines[0].startswith(TITLE):
        lines = lines[1:]
    if lines and re.search(r"(^|\s)([0-9]+|[ivxlc]+)$|^([0-9]+|[ivxlc]+)\s", lines[-1]):
        lines = lines[:-1]
    return " ".join(lines).split()


def test_no_blank_page(pages):
    # a chapter opening on a page of its own with one line under it counts as blank
    blank = [i + 1 for i, p in enumerate(pages) if len(_body_words(p)) < 12]
    assert blank == [], f"blank or nearly blank pages: {blank}"


def test_cover_gives_title_period_counts_and_edition_but_no_version(pages):
    cover = " ".join(pages[0].split())
    assert "Dossier de presse" in cover and "cyberdiplomatie" in cover
    # the seeds run from 2 June 2013 (004) to July 2023 (000, 001: month only)
    assert "Du 2 juin 2013 à juillet 2023" in cover
    assert "5 articles" in cover
    # 000 and 001 carry the same story: 4 distinct stories
    assert "4 informations distinctes" in cover
    assert re.search(r"Édition du \d{1,2}(er)? \w+ \d{4}", cover)
    assert "Version" not in cover and "0.1" not in cover and "briefing" not in cover.lower()
    assert all("Version" not in p for p in pages), "a running head shows a version"


def test_table_of_contents_lists_every_chapter_and_article(pages):
    toc = squash("".join(p for p in pages[1:4] if "Sommaire" in p or "...." in p))
    topics = yaml.safe_load((SEEDS / "topics.yaml").read_text(encoding="utf-8"))
    labels = [t["label"] for t in (topics["topics"] if isinstance(topics, dict) else topics)]
    assert labels
    for label in labels:
        assert squash(label) in toc, label
    for expected in ("Synthèse", "Chapitres", "Acteurs", "Articles", "Sources",
                     "Cybersécurité:desrencontresrégulièresChine-USA",
                     "APékin,KerryvapousserlaChine", "BlinkenmetengardePékin"):
        assert squash(expected) in toc, expected
    assert "Annexetechnique" not in toc, "the technical annex is for the site only"


def test_book_order_synthese_chapters_actors_annexes_sources(pages):
    toc = squash(" ".join(pages[1:4]))
    order = ["Synthèse", "Chapitres", "Acteurs", "Méthode", "Articles", "Sources"]
    positions = [toc.index(squash(x)) for x in order]
    assert positions == sorted(positions)


def test_fonts_are_all_embedded(seeds_book):
    out = subprocess.run(["pdffonts", str(seeds_book / "briefing.pdf")], capture_output=True,
                         text=True, check=True).stdout.splitlines()[2:]
    assert out
    for line in out:
        # columns: name type encoding emb sub uni object ID
        fields = line.split()
        assert fields[-5] == "yes", line


def test_no_overfull_box_over_5pt(seeds_book):
    log = (seeds_book / "latex" / "briefing.log").read_text(encoding="utf-8", errors="replace")
    over = [float(x) for x in re.findall(r"Overfull \\hbox \(([\d.]+)pt too wide\)", log)]
    assert [x for x in over if x > 5] == []


def test_times_and_bibliography_read_as_french(pages):
    text = "\n".join(pages)
    assert "16:01:44" in text and "16 :01" not in text
    bib = squash(text[text.rindex("Sources"):])
    assert squash("Anne Corpet et Pierre Benazet") in bib
    assert squash("Antony Blinken dénonce") in bib and squash("de la Chine") in bib
    assert squash("A Pékin, Kerry") in bib
    # by date: 2013, 2014, 2021, then the two July 2023 articles
    assert bib.index("[AFP2013]") < bib.index("[AFP2014]") < bib.index("[Corpet2021]") < bib.index("[Haddad2023]")


def test_epub_passes_epubcheck(seeds_book):
    epub = seeds_book / "epub" / "briefing.epub"
    jar = shutil.which("epubcheck")
    assert jar, "epubcheck is installed by tools/bootstrap.sh test"
    # the Debian script is a jar run through binfmt, which containers often lack
    proc = subprocess.run(["java", "-jar", str(jar), str(epub)], capture_output=True, text=True)
    report = proc.stdout + proc.stderr
    assert proc.returncode == 0, report[-3000:]
    assert re.search(r"0 fatals / 0 errors", report), report[-3000:]


def test_build_puts_pdf_and_epub_in_the_site(seeds_book):
    html = seeds_book / "html"
    assert (html / "briefing.pdf").read_bytes().startswith(b"%PDF")
    assert (html / "briefing.epub").read_bytes()[:2] == b"PK"
    index = (html / "index.html").read_text(encoding="utf-8")
    assert 'href="briefing.pdf"' in index and 'href="briefing.epub"' in index
    # the theme's print-only ".pdf" and empty-source ".md" buttons are gone
    assert "_sources/" not in index and "btn-download-pdf-button" not in index


def _hrefs(path) -> list[str]:
    return re.findall(r'href="([^"]+)"', path.read_text(encoding="utf-8"))


def test_index_lists_every_whos_who_entry_and_chapter(seeds_book):
    html = seeds_book / "html"
    pages = [html / "dossier" / "acteurs.html", *sorted((html / "dossier" / "acteurs").glob("*.html"))]
    actors = [a for p in pages for a in re.findall(r'<section id="(acteur-[^"]+)"', p.read_text(encoding="utf-8"))]
    assert len(actors) > 10
    index = html / "genindex.html"
    linked = {h.split("#", 1)[1] for h in _hrefs(index) if "#" in h}
    assert set(actors) <= linked, set(actors) - linked
    text = index.read_text(encoding="utf-8")
    topics = yaml.safe_load((SEEDS / "topics.yaml").read_text(encoding="utf-8"))["topics"]
    for t in topics:
        assert f"dossier/chapitres/{t['id']}.html" in text, t["id"]


def test_glossary_and_index_are_in_the_pdf(pages):
    text = squash("\n".join(pages))
    # Asean is expanded by article 000 itself; UE and Otan by seeds/glossary.yaml
    assert squash("Association des nations de l'Asie du Sud-Est (Asean)") in text
    assert squash("Union européenne (UE)") in text
    starts = [i for i, p in enumerate(pages) if p.strip().splitlines()[0].strip() == "Index"]
    assert starts, "no index in the PDF"
    index = squash("".join(pages[starts[0]:]))  # the index closes the book
    for name in ("Antony Blinken", "Wang Yi", "Le fentanyl"):
        assert squash(name) in index, name


def test_article_links_first_mention_of_whos_who_entries_per_paragraph(seeds_book):
    html = seeds_book / "html" / "dossier" / "articles"
    page = next(p for p in html.glob("2023-07-les-chefs*.html"))
    text = page.read_text(encoding="utf-8")
    para = re.search(r'<p id="art-[^"]+-p2">(.*?)</p>', text, re.S).group(1)
    links = re.findall(r'<a class="reference internal" href="\.\./acteurs(?:/[^"#]+)?\.html#(acteur-[^"]+)">', para)
    assert "acteur-antony-blinken" in links
    assert len(links) == len(set(links)), "a who's-who entry linked twice in one paragraph"


def test_glossary_term_linked_on_first_use_only(seeds_book):
    page = seeds_book / "html" / "dossier" / "chapitres" / "reponse-des-allies.html"
    terms = re.findall(r'href="\.\./glossaire\.html#term-([A-Za-z]+)"', page.read_text(encoding="utf-8"))
    assert terms and len(terms) == len(set(terms))
