"""French vocabulary for topic work: stop words, normalisation, key-phrase tokens.

scikit-learn ships no French stop-word list; ``rules/stop_words.txt`` covers
function words, auxiliaries and the reporting vocabulary of news copy ("a
déclaré", "selon", weekdays, months) that says nothing about a topic.
``phrases(text)`` yields the features used by the TF-IDF vectorisers: content
words and two-word key phrases (``mer de Chine`` → ``mer chine``), each with
its surface form so a label can be written the way the articles write it.
"""

from __future__ import annotations

import functools
import re

from .. import rules
from ..text import first_letter_plain, fold, normalise_quotes  # noqa: F401  fold, normalise_quotes: re-exported


@functools.lru_cache(maxsize=1 << 16)  # once per word of the corpus, not per occurrence
def word_key(word: str) -> str:
    """Casefolded, first letter without accent: 'État' and 'Etat' are one word."""
    return first_letter_plain(word.casefold().replace("’", "'"))


#: Words that never make a topic feature (in ``word_key`` form): ``rules/stop_words.txt``.
STOP_WORDS: frozenset[str] = frozenset(word_key(w) for w in rules.words("stop_words.txt"))

#: Elided articles and pronouns stripped from the front of a word: l'Union → Union.
_ELISION = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]", re.IGNORECASE)

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?")


def words(text: str) -> list[tuple[str, int, int]]:
    """(``word_key`` of the word, start, end) for each word, elided article removed."""
    out = []
    for m in _WORD.finditer(text):
        word, start = m.group(), m.start()
        e = _ELISION.match(word)
        if e:
            word, start = word[e.end():], start + e.end()
        if word:
            out.append((word_key(word), start, m.end()))
    return out


_INVERTED = re.compile(r"-(?:t-)?(?:il|elle|ils|elles|on|je|tu|nous|vous|ce)$")


def is_content(word: str) -> bool:
    return (
        len(word) > 2
        and word not in STOP_WORDS
        and word.replace("-", "").isalpha()
        and not _INVERTED.search(word)
    )


def phrases(text: str) -> list[tuple[str, int, int]]:
    """Content words and two-word key phrases of ``text``: (feature, start, end).

    ``text[start:end]`` is the phrase as written (its surface form). A phrase
    joins two content words separated only by spaces and at most two function
    words ("mer de Chine", "Union européenne"), never across punctuation.
    """
    out: list[tuple[str, int, int]] = []
    prev: tuple[str, int, int] | None = None
    gap_words = 0
    last_end = 0
    for word, start, end in words(text):
        if prev is not None and _BREAK.search(text, last_end, start):
            prev, gap_words = None, 0
        last_end = end
        if not is_content(word):
            gap_words += 1
            if gap_words > 2 or word not in LINK_WORDS:
                prev = None
            continue
        out.append((word, start, end))
        if prev is not None and gap_words <= 2:
            out.append((prev[0] + " " + word, prev[1], end))
        prev, gap_words = (word, start, end), 0
    return out


_BREAK = re.compile(r"[^\w\s'’-]|\d")

#: Words that may sit inside a key phrase: "mer de Chine", "Coupe de la Ligue" (``rules/link_words.txt``).
LINK_WORDS = frozenset(word_key(w) for w in rules.words("link_words.txt"))


def features(text: str) -> list[str]:
    """The features of a text, as counted by the TF-IDF vectorisers."""
    return [f for f, _, _ in phrases(text)]
