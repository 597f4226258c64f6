"""Navigation and who's who stay small on a large synthetic corpus.

A corpus shaped like scraped press (issue 11): 6,000 articles, most of them
undated, from several outlets and folders, one busy month, and actors that
appear in thousands of articles. No navigation group may list more than
MAX_GROUP pages and no who's-who page may exceed the MyST budget that keeps its
HTML under 1 MB (the slow test builds it and checks the HTML itself).
"""

from __future__ import annotations

import pytest

import re

from briefing.model import Article, Briefing, Entity, Paragraph
from briefing.render.actors import MAX_PAGE_CHARS, actor_labels, render_actors
from briefing.render.article import article_docname, paragraph_label
from briefing.render.book import render_book
from briefing.render.navigation import MAX_GROUP

TOCTREE = re.compile(r":::\{toctree\}\n(?::[^\n]*\n)*\n(.*?)\n:::", re.S)


def synthetic_briefing(n: int = 6000) -> Briefing:
    outlets = ["Le Quotidien", "La Dépêche du Soir", None, "Agence Nord"]
    articles = []
    for i in range(n):
        if i % 10 == 0:
            date, precision = f"2021-03-{1 + i % 28:02d}", "day"  # one busy month
        elif i % 10 == 1:
            date, precision = f"{2000 + i % 20}-{1 + i % 12:02d}-05", "day"
        else:
            date, precision = None, None
        ents = [
            Entity("France", "LOC", mentions=("p1",)),  # in every article
            Entity(f"Personne {i % 700}", "PER", "ministre", ("p1", "p2")),
            Entity(f"Organisation {i % 90}", "ORG", mentions=("p2",)),
        ]
        articles.append(Article(
            id=f"a{i:05d}", source=f"dossier{i % 3}/sous{i % 2}/a{i:05d}.txt",
            title=f"Titre numéro {i} d’un article de presse assez long pour peser",
            date=date, date_precision=precision, outlet=outlets[i % len(outlets)],
            paragraphs=(Paragraph("p1", "lead", "x"), Paragraph("p2", "body", "y")),
            entities=tuple(ents),
        ))
    return Briefing(articles=tuple(articles))


def toctree_entries(text: str) -> list[list[str]]:
    return [[x for x in m.group(1).splitlines() if x.strip()] for m in TOCTREE.finditer(text)]


@pytest.mark.slow  # (1.3 s: renders a synthetic corpus)
def test_no_navigation_group_over_the_limit_and_every_article_listed():
    briefing = synthetic_briefing()
    files = render_book(briefing)
    listed: list[str] = []
    sizes = []
    for path, text in files.items():
        if not path.endswith(".md"):
            continue
        for entries in toctree_entries(text):
            sizes.append(len(entries))
            assert len(entries) <= MAX_GROUP, (path, len(entries))
            listed += [e.rsplit("/", 1)[-1] for e in entries if e.startswith("../articles/")]
    # every article in exactly one group; groups really were split
    assert sorted(listed) == sorted(article_docname(a.id).rsplit("/", 1)[-1] for a in briefing.articles)
    assert len(set(listed)) == len(briefing.articles)
    assert max(sizes) > MAX_GROUP // 2
    undated_pages = [p for p in files if p.startswith("periodes/inconnue")]
    assert len(undated_pages) > 4800 // MAX_GROUP
    assert any(p.startswith("periodes/2021-03-") for p in files)  # busy month split by day


def test_whos_who_pages_stay_under_budget_and_labels_are_stable():
    briefing = synthetic_briefing()
    files = render_actors(briefing)
    pages = {p: t for p, t in files.items() if p.startswith("acteurs/")}
    assert len(pages) > 4
    for path, text in files.items():
        assert len(text) <= MAX_PAGE_CHARS + 2000, (path, len(text))
    # every actor's target is defined exactly once, and chapters' labels point to them
    targets = re.findall(r"^\((acteur-[^)]*)\)=$", "\n".join(pages.values()), flags=re.M)
    targets = [t for t in targets if "-suite-" not in t]
    assert len(targets) == len(set(targets)) == 700 + 90 + 1
    labels = actor_labels(briefing)
    assert set(labels.values()) == set(targets)
    # every mention of France (6,000 articles) is still linked, across pages
    france = {m for p, t in pages.items() if "lieux-f" in p for m in re.findall(r"\(#(art-[^)]*-p1)\)", t)}
    assert france == {paragraph_label(a.id, "p1") for a in briefing.articles}
    # every who's-who page is in a toctree
    toc = {e for t in files.values() for es in toctree_entries(t) for e in es}
    for p in pages:
        doc = p[:-3]
        assert doc in toc or doc.split("/", 1)[1] in toc, p


def test_a_letter_cut_into_parts_is_one_entry_of_its_type_and_lists_its_parts():
    files = render_actors(synthetic_briefing())
    index_groups = toctree_entries(files["acteurs.md"])
    people = next(g for g in index_groups if any("personnes-" in e for e in g))
    # one entry per initial, whatever the number of parts
    assert people == ["acteurs/personnes-p"]
    parts = sorted((p for p in files if p.startswith("acteurs/personnes-p")), key=lambda p: (len(p), p))
    assert len(parts) >= 3, parts
    first = files[parts[0]]
    assert toctree_entries(first)[-1] == [p[len("acteurs/"):-3] for p in parts[1:]]
    # the first part stands for the letter: its title has no number, the others do
    assert "\n# Personnes — P\n" in first
    assert "\n# Personnes — P \\(2\\)\n" in files[parts[1]]  # brackets escaped for MyST
    for n, path in enumerate(parts, start=1):
        text = files[path]
        # on the site, each part links the others; the page itself is not a link
        block = re.search(r":::\{only\} html\nPages : (.*)\n:::", text)
        assert block, path
        assert f"**{n}**" in block.group(1)
        assert block.group(1).count("](#acteurs-personnes-p") == len(parts) - 1
        assert len(text) <= MAX_PAGE_CHARS + 2000


# --- the chronology splits by year and month --------------------------------

def _people_briefing(extra_mentions: int = 0, newcomer: str | None = None) -> Briefing:
    """300 people under P, one article each; the first one gets ``extra_mentions``
    more articles, and ``newcomer`` (a name) one article of its own."""
    articles = []

    def article(i: int, name: str) -> Article:
        return Article(id=f"a{i:04d}", source=f"a{i:04d}.txt", title=f"Article {i}",
                       paragraphs=(Paragraph("p1", "body", "x"),),
                       entities=(Entity(name, "PER", "député", ("p1",)),))

    for i in range(300):
        articles.append(article(i, f"Paul Personne {i:03d}"))
    for j in range(extra_mentions):
        articles.append(article(1000 + j, "Paul Personne 000"))
    if newcomer:
        articles.append(article(2000, newcomer))
    return Briefing(articles=tuple(articles))


def _changed(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {p for p in before.keys() | after.keys()
            if p.startswith("acteurs/") and before.get(p) != after.get(p)}


def test_a_long_letter_keeps_its_cuts_when_an_entry_grows_or_a_name_is_added():
    from briefing.render.actors import _cut_after

    before = render_actors(_people_briefing())
    parts = [p for p in before if p.startswith("acteurs/personnes-p")]
    assert len(parts) >= 4, parts
    # the first entry of the letter gets 30 more mentions: only its page changes
    # (cut by size, every later part would begin one entry further on)
    grown = render_actors(_people_briefing(extra_mentions=30))
    assert _changed(before, grown) == {"acteurs/personnes-p.md"}
    # a new name in the middle of the letter changes the one part it falls in
    name = next(f"Paul Personne 150{s}" for s in "abcdefghij" if not _cut_after(("PER", f"Paul Personne 150{s}")))
    added = render_actors(_people_briefing(newcomer=name))
    changed = _changed(before, added)
    assert len(changed) == 1 and changed != {"acteurs/personnes-p.md"}, changed
    assert f"## {name}" in added[changed.pop()]


def test_a_short_letter_is_one_page():
    files = render_actors(Briefing(articles=tuple(
        Article(id=f"a{i}", source=f"a{i}.txt", title=f"Article {i}", paragraphs=(Paragraph("p1", "body", "x"),),
                entities=(Entity(f"Paul Personne {i}", "PER", mentions=("p1",)),))
        for i in range(30))))
    assert [p for p in files if p.startswith("acteurs/")] == ["acteurs/personnes-p.md"]


def _chronology_briefing(n: int, extra: int = 0):
    from briefing.model import Event

    art = Article(id="a", source="a.txt", title="A", paragraphs=(Paragraph("p1", "body", "x"),))
    events = []
    for i in range(n + extra):
        month = 1 + (i * 7) % 12 if i < n else 5
        date = f"{2015 + i % 3}-{month:02d}-{1 + i % 28:02d}"
        # one event group per event (model.EventGroup: its copies, here one)
        events.append(((Event(date, "day", "ce jour-là", f"Il s'est passé la chose numéro {i} ce jour-là.", "p1"), "a"),))
    events.sort(key=lambda g: g[0][0].date)
    return Briefing(articles=(art,), chronology=tuple(events))


def test_a_small_chronology_is_one_page():
    from briefing.render.timeline import MAX_EVENTS, render_timeline

    files = render_timeline(_chronology_briefing(MAX_EVENTS))
    assert list(files) == ["chronologie.md"]
    assert files["chronologie.md"].count("\n- **") == MAX_EVENTS


def test_a_large_chronology_is_split_and_one_event_changes_one_month_page():
    from briefing.render.timeline import MAX_EVENTS, render_timeline

    n = 3 * MAX_EVENTS + 250  # each year over the limit: split by month
    files = render_timeline(_chronology_briefing(n))
    assert "chronologie/annees-2010.md" in files and "chronologie/2015.md" in files and "chronologie/2015-01.md" in files
    entries = {name: text.count("\n- **") for name, text in files.items()}
    assert sum(entries.values()) == n  # every event on exactly one page
    assert max(entries.values()) <= MAX_EVENTS
    assert toctree_entries(files["chronologie.md"]) == [["chronologie/annees-2010"]]
    assert toctree_entries(files["chronologie/annees-2010.md"]) == [["2015", "2016", "2017"]]
    # every page is reachable from the index, through the year pages
    reached = {f"{e}.md" for text in files.values() for toc in toctree_entries(text) for e in toc}
    reached |= {f"chronologie/{e}.md" for text in files.values() for toc in toctree_entries(text) for e in toc}
    assert set(files) - {"chronologie.md"} <= reached
    # one more event (in May 2015 or 2016 or 2017): its month page changes, and
    # only the pages that count events besides it
    more = render_timeline(_chronology_briefing(n, extra=1))
    changed = {name for name in files if files[name] != more.get(name)}
    assert len(changed) <= 4, changed
    assert any(name.endswith("-05.md") for name in changed) or any(
        name.startswith("chronologie/201") and "-" not in name for name in changed)


def test_a_chronology_reaching_back_centuries_has_one_page_per_decade():
    from briefing.model import Event
    from briefing.render.timeline import MAX_EVENTS, render_timeline

    art = Article(id="a", source="a.txt", title="A", paragraphs=(Paragraph("p1", "body", "x"),))
    dates = ([f"{y}" for y in range(1800, 2000)] + ["2010"]
             + [f"2015-03-{1 + i % 28:02d}" for i in range(MAX_EVENTS + 1)])
    events = tuple(((Event(d, "year" if len(d) == 4 else "day", "alors", f"Fait numéro {i} alors.", "p1"), "a"),)
                   for i, d in enumerate(sorted(dates)))
    files = render_timeline(Briefing(articles=(art,), chronology=events))
    decades = toctree_entries(files["chronologie.md"])[0]
    assert len(decades) == 21 and len(decades) <= MAX_GROUP  # 1800s … 1990s, 2010s
    # the decade 2010 is over the limit: its year pages, 2010 among them, are other pages
    assert toctree_entries(files["chronologie/annees-2010.md"]) == [["2010", "2015"]]
    assert "chronologie/2010.md" in files
    assert "chronologie/annees-1850.md" in files and "chronologie/1855.md" not in files  # a small decade is one page
    assert sum(text.count("\n- **") for text in files.values()) == len(dates)


def test_source_parts_cover_every_key_once_and_one_added_key_changes_one_part():
    import random

    from briefing.render.navigation import MAX_SOURCES, render_sources, stable_parts

    rng = random.Random(7)
    keys = sorted({f"{rng.randrange(2000, 2024)}_{rng.randrange(1, 13):02d}_{rng.randrange(1, 29):02d}-{rng.randrange(1000):03d}"
                   for _ in range(4000)})
    parts = stable_parts(keys, MAX_SOURCES)
    assert [k for p in parts for k in p] == keys and all(len(p) <= MAX_SOURCES for p in parts)
    assert len(parts) >= len(keys) / MAX_SOURCES
    for _ in range(50):
        new = f"{rng.randrange(2000, 2024)}_{rng.randrange(1, 13):02d}_{rng.randrange(1, 29):02d}-x{rng.randrange(1000)}"
        after = stable_parts(sorted(keys + [new]), MAX_SOURCES)
        lost = {tuple(p) for p in parts} - {tuple(p) for p in after}
        gained = {tuple(p) for p in after} - {tuple(p) for p in parts}
        assert len(lost) <= 2 and len(gained) <= 3, (lost, gained)  # the part it falls in, not the others
        assert any(new in p for p in gained)
    # the pages and their BibTeX files: named by their first key, so an added
    # article (its label its own) changes one part, page or file
    arts = [Article(id=k, source=f"{k}.txt") for k in keys[:1200]]
    before = render_sources(arts)
    added = Article(id="2010_06_15-x1", source="2010_06_15-x1.txt", agency="Agence Témoin")
    after = render_sources(arts + [added])
    assert len([k for k in before if k.endswith(".md") and k.startswith("sources/")]) >= 3
    assert all(k[:-3] + ".bib" in before for k in before if k.startswith("sources/") and k.endswith(".md"))
    rewritten = {k.rpartition(".")[0] for k in after if before.get(k) != after[k]}
    assert 1 <= len(rewritten - {"sources"}) <= 2, rewritten  # sources.md changes only when a part splits
    part = next(k for k in after if k.endswith(".bib") and "2010_06_15-x1" in after[k])
    assert part.rpartition(".")[0] in rewritten
