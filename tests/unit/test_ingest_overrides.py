"""Editorial overrides: front matter in the file and the corpus metadata file.
Values set by the editor win, carry provenance "editor", and bad entries are
reported without stopping the build."""

from __future__ import annotations

from briefing.ingest import read_corpus

ARTICLE = (
    "Cybersécurité : Pékin et Washington se parlent\n"
    "\n"
    "[02/06/2013 16:01:44] NEW YORK (AFP) Les Etats-Unis et la Chine se sont mis d’accord pour "
    "instituer dès juillet des rencontres régulières de haut niveau sur la cybersécurité.\n"
    "\n"
    "Les discussions porteront non seulement sur les questions de piratage mais aussi sur les règles à établir.\n"
)


def write(folder, name, text):
    (folder / name).write_text(text, encoding="utf-8")


def only(articles):
    assert len(articles) == 1
    return articles[0]


def test_front_matter_overrides_extracted_fields(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: Un titre choisi\ndate: 2013-06-03\nauthors: Jeanne Martin\noutlet: Le Quotidien\n---\n" + ARTICLE)
    articles, problems = read_corpus(tmp_path)
    a = only(articles)
    assert problems == []
    assert (a.title, a.date, a.date_precision, a.authors, a.outlet) == (
        "Un titre choisi", "2013-06-03", "day", ("Jeanne Martin",), "Le Quotidien",
    )
    for name in ("title", "date", "authors", "outlet"):
        assert a.provenance_of(name) == "editor"
    # fields the editor did not touch keep what the text gave
    assert (a.time, a.place, a.agency) == ("16:01:44", "New York", "AFP")
    assert a.provenance_of("place") == "extracted"
    # the front matter lines are accounted for, with their real line numbers
    fm = [d for d in a.dropped if d.kind == "front-matter"]
    assert [d.line for d in fm] == [1, 2, 3, 4, 5, 6]
    # the article's own lines keep file line numbers
    assert a.paragraphs[0].line == 9


def test_front_matter_in_a_txt_file_and_month_precision(tmp_path):
    write(tmp_path, "b.txt", "---\ndate: \"2021-07\"\ntime: \"14:30\"\nlanguage: fr\n---\n" + ARTICLE)
    a = only(read_corpus(tmp_path)[0])
    assert (a.date, a.date_precision, a.time) == ("2021-07", "month", "14:30")
    assert a.provenance_of("time") == "editor"


def test_unquoted_yaml_time_is_read_as_a_time(tmp_path):
    write(tmp_path, "c.md", "---\ntime: 14:30\n---\n" + ARTICLE)
    assert only(read_corpus(tmp_path)[0]).time == "14:30"


def test_metadata_file_wins_over_front_matter(tmp_path):
    write(tmp_path, "a.md", "---\noutlet: Le Quotidien\ndate: 2013-06-03\n---\n" + ARTICLE)
    write(tmp_path, "metadata.yaml", "a.md:\n  outlet: Le Soir\n  place: null\n")
    articles, problems = read_corpus(tmp_path)
    a = only(articles)
    assert problems == []
    assert a.outlet == "Le Soir" and a.date == "2013-06-03"
    assert a.place is None and a.provenance_of("place") == "unknown"


def test_metadata_file_keyed_by_article_id(tmp_path):
    write(tmp_path, "Dépêche 1.txt", ARTICLE)
    write(tmp_path, "metadata.yaml", "depeche-1:\n  authors: [Anne Corpet, Pierre Benazet]\n  date: 2013\n")
    a = only(read_corpus(tmp_path)[0])
    assert a.authors == ("Anne Corpet", "Pierre Benazet")
    assert (a.date, a.date_precision) == ("2013", "year")


def test_bad_overrides_are_reported_and_the_article_still_builds(tmp_path):
    write(tmp_path, "a.md", "---\ndate: hier soir\ncolour: blue\n---\n" + ARTICLE)
    write(tmp_path, "metadata.yaml", "absent.txt:\n  outlet: X\n")
    articles, problems = read_corpus(tmp_path)
    a = only(articles)
    assert a.date == "2013-06-02" and a.provenance_of("date") == "extracted"
    messages = sorted(p.message for p in problems)
    assert all(p.kind == "bad_override" for p in problems)
    assert any("hier soir" in m for m in messages)
    assert any("colour" in m for m in messages)
    assert any("absent.txt" in m for m in messages)
    assert any(p.location.endswith("a.md:1") for p in problems)


def test_malformed_front_matter_and_metadata_file(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: [unclosed\n---\n" + ARTICLE)
    write(tmp_path, "metadata.yaml", "- just\n- a list\n")
    articles, problems = read_corpus(tmp_path)
    a = only(articles)
    assert a.title == "Cybersécurité : Pékin et Washington se parlent"
    assert sorted(p.location.rsplit("/", 1)[-1] for p in problems) == ["a.md:1", "metadata.yaml"]


def test_metadata_file_is_not_an_article(seeds_dir):
    articles, problems = read_corpus(seeds_dir)
    assert problems == []
    assert all(not a.source.endswith(".yaml") for a in articles)


def test_seed_overrides_are_the_editors(seeds_dir):
    by_id = {a.id[:3]: a for a in read_corpus(seeds_dir)[0]}
    assert by_id["002"].outlet == "RFI" and by_id["002"].provenance_of("outlet") == "editor"
    assert by_id["002"].provenance_of("date") == "extracted"
    for key in ("000", "001"):
        assert (by_id[key].date, by_id[key].date_precision, by_id[key].provenance_of("date")) == ("2023-07", "month", "editor")
    # no outlet is invented where the editor does not know it
    assert by_id["003"].outlet is None and by_id["004"].outlet is None


def test_editor_date_and_time_are_parsed_or_reported():
    from briefing.ingest.overrides import apply_overrides
    from briefing.model import Article

    a = Article(id="a", source="a.txt", date="2013-06-02", date_precision="day", time="16:01")
    got, problems = apply_overrides(a, {"date": "2021-07", "time": "14h30"}, "meta.yaml")
    assert (got.date, got.date_precision, got.time) == ("2021-07", "month", "14:30") and problems == []
    assert got.provenance_of("date") == got.provenance_of("time") == "editor"
    got, problems = apply_overrides(a, {"date": "hier", "time": "midi"}, "meta.yaml")
    assert (got.date, got.date_precision, got.time) == ("2013-06-02", "day", "16:01")
    assert [p.message for p in problems] == [
        "date 'hier' is not a date (use 2021, 2021-07 or 2021-07-19)",
        'time \'midi\' is not a time (use "14:30")',
    ]
