"""Acronyms and their expansion, from the text and from the editor's file."""

from __future__ import annotations

from briefing.glossary import build_glossary, expansion_before, found_in_text, load_editor_glossary, spells
from briefing.model import Article, Paragraph


def _article(*texts: str) -> Article:
    return Article(id="a", source="a.txt", title="T",
                   paragraphs=tuple(Paragraph(id=f"p{i}", kind="body", text=t) for i, t in enumerate(texts, 1)))


def test_expansion_written_before_the_bracketed_acronym():
    text = ("Cette rencontre, en marge d'une réunion de l'Association des nations de "
            "l'Asie du Sud-Est (Asean), survient au lendemain.")
    assert found_in_text([_article(text)]) == {"Asean": "Association des nations de l'Asie du Sud-Est"}


def test_expansion_stays_in_its_clause_and_needs_a_matching_capital():
    # the capital O before the comma is in another clause; none after it
    text = "L'Organisation a parlé, puis le groupe des sept pays (OMC) a répondu."
    assert expansion_before(text, text.index("(OMC)"), "OMC") is None
    assert found_in_text([_article(text)]) == {}


def test_lower_case_or_long_words_in_brackets_are_not_acronyms():
    text = "Le Fonds monétaire international (selon lui) et la Banque mondiale (Washington)."
    assert found_in_text([_article(text)]) == {}


def test_editor_entries_only_for_acronyms_the_articles_use(tmp_path):
    f = tmp_path / "glossary.yaml"
    f.write_text("UE: Union européenne\nOtan: Organisation du traité de l'Atlantique nord\n"
                 "bad entry: x\n", encoding="utf-8")
    editor, problems = load_editor_glossary(f, "seeds/glossary.yaml")
    assert editor == {"UE": "Union européenne", "Otan": "Organisation du traité de l'Atlantique nord"}
    assert [p.kind for p in problems] == ["bad_glossary"]
    entries = build_glossary([_article("Les pays de l'UE ont réagi.", "La FUE n'est pas l'UE.")], editor)
    assert [(e.term, e.expansion, e.source) for e in entries] == [("UE", "Union européenne", "editor")]


def test_malformed_file_is_reported_not_fatal(tmp_path):
    f = tmp_path / "glossary.yaml"
    f.write_text("- [unclosed", encoding="utf-8")
    editor, problems = load_editor_glossary(f, "seeds/glossary.yaml")
    assert editor == {} and problems and problems[0].location == "seeds/glossary.yaml"


def test_expansion_must_spell_the_acronym():
    assert spells("Otan", "Organisation du traité de l'Atlantique nord")
    assert spells("Asean", "Association des nations de l'Asie du Sud-Est")  # English order
    assert spells("GRC", "Gendarmerie royale du Canada")
    assert spells("FFTri", "Fédération française de triathlon")
    # a country in brackets after a name is not its acronym
    assert not spells("Algérie", "Armée nationale populaire")
    text = "Le chef de l'Armée nationale populaire (Algérie) a parlé."
    assert found_in_text([_article(text)]) == {}
