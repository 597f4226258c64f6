"""The shared text utilities (briefing/text.py): fold and its options, plain,
slug, the French calendar tables. Expected values are written by hand."""

from __future__ import annotations

import re

import pytest

from briefing.text import MONTH_FORMS, MONTH_NUMBER, MONTH_RE, WEEKDAY_RE, fold, plain, slug, split_sentences


@pytest.mark.parametrize(
    "text, options, expected",
    [
        ("État", {}, "etat"),
        ("L’Élysée «\u00a0non\u00a0»", {}, "l'elysee \" non \""),
        ("Straße cœur", {}, "strasse cœur"),  # casefold; œ has no accent to remove: kept
        ("L’État  «x» ", {"quotes": "apostrophes", "ascii": True, "spaces": True}, "l'etat x"),
        ("L’État", {"quotes": "none", "ascii": True}, "letat"),  # ’ has no ASCII form: dropped
        ("cœur", {"ascii": True}, "cur"),
        ("  a \t b  ", {"spaces": True}, "a b"),
    ],
)
def test_fold(text, options, expected):
    assert fold(text, **options) == expected


def test_fold_rejects_an_unknown_quote_option():
    with pytest.raises(ValueError):
        fold("x", quotes="some")


def test_plain_keeps_length_and_case():
    assert plain("L’Élysée a confirmé") == "L'Elysee a confirme"
    assert plain("ﬁn ½") == "ﬁn ½"  # compatibility characters are left as they are
    assert len(plain("Ça, c’est « sûr »")) == len("Ça, c’est « sûr »")


@pytest.mark.parametrize(
    "text, kwargs, expected",
    [
        ("Pékin et Washington", {}, "pekin-et-washington"),
        ("l’Asie", {}, "lasie"),
        ("l’Asie", {"ascii": False}, "l-asie"),
        ("2021_07_19 Dépêche", {"keep": "_"}, "2021_07_19-depeche"),
        ("«  »", {"fallback": "sans-titre"}, "sans-titre"),
        ("un deux trois", {"limit": 8}, "un-deux"),
    ],
)
def test_slug(text, kwargs, expected):
    assert slug(text, **kwargs) == expected


def test_month_tables():
    assert MONTH_NUMBER["fevrier"] == 2 and MONTH_NUMBER["decembre"] == 12
    assert MONTH_FORMS["août"] == MONTH_FORMS["aout"] == 8
    assert len(MONTH_NUMBER) == 12
    assert re.fullmatch(f"(?:{MONTH_RE})", "décembre") and re.fullmatch(f"(?:{MONTH_RE})", "decembre")
    assert not re.fullmatch(f"(?:{MONTH_RE})", "décembr")
    assert re.fullmatch(f"(?:{WEEKDAY_RE})", "mercredi")


@pytest.mark.parametrize(
    "text, expected",
    [
        # an abbreviation that is also a word holds only before a number
        ("Aucun incident durant le vol. La plupart étaient des Russes.",
         ["Aucun incident durant le vol.", "La plupart étaient des Russes."]),
        ("Selon l'art. 49 de la Constitution, le texte passe.", ["Selon l'art. 49 de la Constitution, le texte passe."]),
        # a bracket opens a sentence only on a capital
        ("Il a tourné Dieu pardonne... moi pas ! (1967) et d'autres films.",
         ["Il a tourné Dieu pardonne... moi pas ! (1967) et d'autres films."]),
        ("La réunion a eu lieu à Vientiane. (AFP)", ["La réunion a eu lieu à Vientiane.", "(AFP)"]),
        # a lone capital after a lower-case word, before a determiner or a pronoun, is a label
        # ending its sentence; after a name, or before a surname, it is an initial
        ("Le pays a critiqué l'essai de la bombe H. La Corée du Sud a réagi.",
         ["Le pays a critiqué l'essai de la bombe H.", "La Corée du Sud a réagi."]),
        ("On passe au plan B. Il est prêt.", ["On passe au plan B.", "Il est prêt."]),
        ("Le candidat George W. Bush gagne.", ["Le candidat George W. Bush gagne."]),
        ("Le docteur J. Dupont arrive. Il pleut.", ["Le docteur J. Dupont arrive.", "Il pleut."]),
        # a space lost in scraping after a lower-case word: still a boundary; not after an
        # initial, an abbreviation or inside a number
        ("Il est resté de marbre à l’annonce de la sentence.Ce verdict a surpris.",
         ["Il est resté de marbre à l’annonce de la sentence.", "Ce verdict a surpris."]),
        ("Le verdict est tombé, a dit le magistrat.\"Il voulait l’éliminer.\"",
         ["Le verdict est tombé, a dit le magistrat.", "\"Il voulait l’éliminer.\""]),
        ("M.Dupont et J.Biden ont vu 3.5 % de hausse.", ["M.Dupont et J.Biden ont vu 3.5 % de hausse."]),
        # an opening guillemet glued to the full stop opens a sentence, whatever its first letter
        ("Il dénonce les maux du secteur.«l’heure est grave». Et la suite.",
         ["Il dénonce les maux du secteur.", "«l’heure est grave».", "Et la suite."]),
    ],
)
def test_split_sentences(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_split_sentences_with_known_quotation_spans():
    text = "Il a dit « non. Jamais » hier. Puis il est parti."
    open_, close = text.index("«"), text.index("»") + 1
    span = type("Span", (), {"start": open_, "end": close})
    assert [s.text for s in split_sentences(text, [span])] == ["Il a dit « non. Jamais » hier.", "Puis il est parti."]
    # no span given and no marks: "non." ends a sentence
    assert [s.text for s in split_sentences(text.replace("«", "").replace("»", ""), [])] == [
        "Il a dit  non.", "Jamais  hier.", "Puis il est parti."]


def test_one_definition_of_fold_slug_and_sentence_splitting():
    """Every stage uses text.py: no other module defines its own (issue 12)."""
    from pathlib import Path

    import briefing

    root = Path(briefing.__file__).parent
    own = re.compile(r"^\s*def (fold|_fold|slug|ascii_slug|_slug\w*|split_sentences|first_sentence)\(|^import unicodedata", re.M)
    found = sorted(f"{p.relative_to(root)}: {m.group(0).strip()}"
                   for p in root.rglob("*.py") if p.name != "text.py"
                   for m in own.finditer(p.read_text(encoding="utf-8")))
    assert found == []


@pytest.mark.slow  # (0.8 s: every Unicode character)
def test_marks_are_removed_as_unicodedata_defines_them_over_every_character():
    """The fast removal of combining marks (one regular expression, ASCII
    passed through) against its definition, on every code point."""
    import unicodedata

    from briefing.text import _LAST_MARK, _without_marks

    def reference(text, form):
        return "".join(c for c in unicodedata.normalize(form, text) if not unicodedata.combining(c))

    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for form in ("NFKD", "NFD"):
        assert _without_marks(everything, form) == reference(everything, form)
    assert not any(unicodedata.combining(chr(c)) for c in range(_LAST_MARK + 1, 0x110000))
    assert _without_marks("Ça, c'est l'État", "NFKD") == "Ca, c'est l'Etat"


def test_quotes_are_normalised_as_the_translation_table_says_on_every_character():
    from briefing.text import _TYPOGRAPHY, normalise_quotes

    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert normalise_quotes(everything) == everything.translate(_TYPOGRAPHY)
    assert normalise_quotes("l’État « oui »\u00a0!") == "l'État \" oui \" !"


def test_marks_are_removed_as_defined_around_ascii_bases_and_in_any_order():
    """Marks after an ASCII letter, several marks out of canonical order, marks
    between ASCII characters: the removal (run by run of non-ASCII characters)
    gives what decomposing the whole text gives."""
    import unicodedata

    from briefing.text import _without_marks

    def reference(text, form):
        return "".join(c for c in unicodedata.normalize(form, text) if not unicodedata.combining(c))

    marks = [chr(c) for c in range(0x300, 0x370)] + ["\u0327", "\u05b0", "\u093c", "\u3099", "\U0001e94a"]
    decomposable = ["é", "ǘ", "ﬁ", "Å", "ḗ", "한", "Ω", "½", "ǅ", "ẛ̣"]
    texts = []
    for n, m in enumerate(marks):
        other = marks[(n * 7 + 3) % len(marks)]
        d = decomposable[n % len(decomposable)]
        texts += [f"e{m}", f"a{m}{other}b", f"{d}{m}x{other}{d}", f"{m}{m}", f"x {d}{other}{m} y", f"{m}a{d}"]
    for form in ("NFKD", "NFD"):
        for text in texts:
            assert _without_marks(text, form) == reference(text, form), (form, ascii(text))
        assert _without_marks("".join(texts), form) == reference("".join(texts), form)
