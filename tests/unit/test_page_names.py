"""Readable page names: date and title words, unique, the same at every build."""

from __future__ import annotations

from briefing.model import Article
from briefing.render.article import article_docname, article_label, assign_docnames, paragraph_label


def _a(aid, title, date="2013-06-02"):
    return Article(id=aid, source=f"{aid}.txt", title=title, date=date)


def test_name_is_date_then_title_words_without_id():
    names = assign_docnames([_a("004_18b5137fdf594e88", "Cybersécurité : des rencontres régulières")])
    assert names == {"004_18b5137fdf594e88": "2013-06-02-cybersecurite-des-rencontres-regulieres"}
    assert article_docname("004_18b5137fdf594e88") == "articles/2013-06-02-cybersecurite-des-rencontres-regulieres"
    assert paragraph_label("004_18b5137fdf594e88", "p3") == "art-2013-06-02-cybersecurite-des-rencontres-regulieres-p3"
    assert article_label("004_18b5137fdf594e88") == "art-2013-06-02-cybersecurite-des-rencontres-regulieres"


def test_long_titles_are_cut_at_a_word_and_missing_parts_are_said():
    names = assign_docnames([
        _a("x", "Un titre " + "très " * 30 + "long"),
        _a("y", None, date=None),
        _a("z", "Titre", date="2021-07"),
    ])
    assert len(names["x"]) <= len("2013-06-02-") + 60 and not names["x"].endswith("-")
    assert names["x"].startswith("2013-06-02-un-titre-tres-tres")
    assert names["y"] == "sans-date-sans-titre"
    assert names["z"] == "2021-07-titre"


def test_collisions_get_a_suffix_in_id_order_whatever_the_input_order():
    arts = [_a("b", "Même titre"), _a("a", "Même titre"), _a("c", "Même titre")]
    first = assign_docnames(arts)
    again = assign_docnames(list(reversed(arts)))
    assert first == again == {
        "a": "2013-06-02-meme-titre", "b": "2013-06-02-meme-titre-2", "c": "2013-06-02-meme-titre-3",
    }
