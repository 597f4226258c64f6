"""Sentence splitting: every sentence is an exact slice of its paragraph."""

from __future__ import annotations

import pytest

from briefing.compose.sentences import looks_like_sentence, sentence_key, split_sentences

CASES = {
    "abbreviation": (
        "M. Blinken s'est entretenu avec Wang Yi. Mme Merkel était absente.",
        ["M. Blinken s'est entretenu avec Wang Yi.", "Mme Merkel était absente."],
    ),
    "initials": (
        "Le président J. Biden a parlé. Puis J.-P. Raffarin a répondu.",
        ["Le président J. Biden a parlé.", "Puis J.-P. Raffarin a répondu."],
    ),
    "french quotes": (
        "Il a dit : « Il est urgent de le faire. Nous n'y sommes pas parvenus. » Puis il est parti.",
        ["Il a dit : « Il est urgent de le faire. Nous n'y sommes pas parvenus. »",
         "Puis il est parti."],
    ),
    "straight quotes": (
        '"Je pense qu\'il est urgent de le faire. Nous n\'y sommes pas encore parvenus", a-t-il concédé. La suite.',
        ['"Je pense qu\'il est urgent de le faire. Nous n\'y sommes pas encore parvenus", a-t-il concédé.',
         "La suite."],
    ),
    "question and exclamation": (
        "Que faire ? Rien ! Voilà la réponse.",
        ["Que faire ?", "Rien !", "Voilà la réponse."],
    ),
    "lower case after period": (
        "Il vit à St. Louis depuis 2010. etc. Fin.",
        ["Il vit à St. Louis depuis 2010. etc. Fin."],
    ),
    "wikinews stray space": (
        "Un homme a foncé devant la mosquée de Valence . Il a agi seul.",
        ["Un homme a foncé devant la mosquée de Valence .", "Il a agi seul."],
    ),
    "numbers": (
        "Le bilan est de 3.5 millions. 2016 fut une année record.",
        ["Le bilan est de 3.5 millions.", "2016 fut une année record."],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_split(name):
    text, expected = CASES[name]
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize("name", sorted(CASES))
def test_sentences_are_exact_slices(name):
    text, _ = CASES[name]
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip()


def test_leading_and_trailing_space_and_unclosed_quote():
    text = "  « Une citation jamais fermée. Elle continue. Fin du texte.  "
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["« Une citation jamais fermée.", "Elle continue.", "Fin du texte."]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_empty():
    assert split_sentences("") == []
    assert split_sentences("   ") == []


def test_sentence_key_merges_typography_only():
    assert sentence_key("L’État a dit « non ».") == sentence_key("L'État a dit  \"non\".")
    assert sentence_key("L'Etat a dit non.") != sentence_key("L'État a dit non.")


def test_looks_like_sentence():
    assert looks_like_sentence("Le secrétaire d'Etat américain a averti jeudi son homologue.")
    assert not looks_like_sentence("Georges Haddad, avec AFP")
    assert not looks_like_sentence("Lire aussi.")
    assert not looks_like_sentence("Blinken met en garde Pékin contre les pirates informatiques")
