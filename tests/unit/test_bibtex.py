"""BibTeX fields survive sphinxcontrib-bibtex's LaTeX decoding as the text they were."""

from __future__ import annotations

import pybtex.database
import pytest
from pybtex.richtext import Text

from briefing.model import Article
from briefing.render.bibtex import bib_value, render_bibtex, shorthands

PLAIN = [
    "Blinken met en garde Pékin contre les pirates informatiques",
    "Cybersécurité : des rencontres régulières Chine-USA instituées dès juillet",
    "L’été « chaud » — 50 % & #1 _x_ a^b ~c",
    "-- --- `` '' ?` !` << >> ,,",
    "$$ x $$ <script>",
]


@pytest.mark.parametrize("text", PLAIN)
def test_bib_value_round_trips(text):
    assert Text.from_latex(bib_value(text)).render_as("text") == text


def test_braces_and_backslashes_cannot_group_or_command():
    decoded = Text.from_latex(bib_value(r"\input{/etc/passwd}")).render_as("text")
    assert decoded == r"\input(/etc/passwd)"


def test_generated_file_parses_with_unique_labels():
    arts = [
        Article(id="a", source="a.txt", title="T {1}", date="2013-06-02", agency="AFP"),
        Article(id="b", source="b.txt", title="T2", date="2013-07", agency="AFP"),
        Article(id="c", source="c.txt", title="T3", authors=("Anne Corpet",), date="2021"),
        Article(id="d", source="d.txt", title=None),
    ]
    db = pybtex.database.parse_string(render_bibtex(arts), "bibtex")
    assert set(db.entries) == {"a", "b", "c", "d"}
    labels = shorthands(arts)
    assert labels == {"a": "AFP 2013a", "b": "AFP 2013b", "c": "Corpet 2021", "d": "Anonyme s. d."}
