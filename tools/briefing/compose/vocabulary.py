"""French vocabulary for topic work: stop words, normalisation, key-phrase tokens.

scikit-learn ships no French stop-word list; this one covers function words,
auxiliaries and the reporting vocabulary of news copy ("a déclaré", "selon",
weekdays, months) that says nothing about a topic. ``phrases(text)`` yields
the features used by the TF-IDF vectorisers: content words and two-word key
phrases (``mer de Chine`` → ``mer chine``), each with its surface form so a
label can be written the way the articles write it.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_FUNCTION_WORDS = """
a à afin ai aie aient ainsi al alors as au aucun aucune auquel aura aurai auraient
aurait auront aussi autant autre autres aux auxquelles auxquels avaient avais avait
avant avec avez aviez avions avoir avons ayant ayez b c ça car ce ceci cela celle
celles celui cependant certain certaine certaines certains ces cet cette ceux chacun
chacune chaque chez ci comme comment contre d dans de dedans dehors del della depuis
des dès desquelles desquels dessous dessus devant devrait doit donc dont du duquel
durant e el elle elles en encore entre es est et été étaient étais était étant etc
êtes étions être eu eue eues eûmes eurent eus eut eux f fait faite faites faits
fois font g h hormis hors i ici il ils j je jusqu jusque k l la là laquelle le
lequel les lesquelles lesquels leur leurs lors lorsque lui m ma mais me même mêmes
mes moi moins mon n ne néanmoins ni non nos notre nous o on ont or ou où outre p
par parce parmi pas pendant peu peut peuvent plus plusieurs pour pourquoi pourrait
puis q qu quand que quel quelle quelles quels qui quoi r s sa sans se selon sera
serait seront ses si sien soi soient soit sommes son sont sous suis sur t ta tandis
tant te tel telle telles tels tes toi ton tous tout toute toutes très tu u un une
unes uns v va vers via voici voilà vont vos votre vous w x y z
""".split()

_NEWS_WORDS = """
afp reuters ap photo photos crédit crédits lire aussi commentaires accueil actu
actualité actualités article articles publié publiée mis jour heure heures h
lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd aujourdhui demain
matin soir veille lendemain semaine semaines mois année années an ans jour jours
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
dernier dernière derniers dernières prochain prochaine premier première premiers
premières deux trois quatre cinq six sept huit neuf dix cent cents mille million
millions milliard milliards deuxième troisième
déclaré déclare déclarait indiqué indique affirmé affirme annoncé annonce expliqué
explique précisé précise ajouté ajoute estimé estime souligné souligne rapporté
rapporte assuré assure confirmé confirme dit dire selon d'après
avait avoir été fait faire faisait peut pourrait doit devrait sont sera seront était
cas fin début partie part nombre nouveau nouvelle nouveaux nouvelles grand grande
grands grandes autre autres ainsi également toutefois cependant notamment
personne personnes gens lieu place plus moins tard tôt déjà encore toujours
mr mme mm mlle m monsieur madame
après avant ailleurs effet cours moment côté face raison vue sujet question
alors aussi bien tout tous toute toutes lequel laquelle celui celle ceux
quelque quelques chose choses façon manière fois plutôt depuis désormais
""".split()



@functools.lru_cache(maxsize=1 << 16)  # once per word of the corpus, not per occurrence
def word_key(word: str) -> str:
    """Casefolded, first letter without accent: 'État' and 'Etat' are one word."""
    word = word.casefold().replace("’", "'")
    if word[:1].isascii():
        return word
    first = unicodedata.normalize("NFKD", word[:1])
    return "".join(c for c in first if not unicodedata.combining(c)) + word[1:]


#: Words that never make a topic feature (in ``word_key`` form).
STOP_WORDS: frozenset[str] = frozenset(word_key(w) for w in _FUNCTION_WORDS + _NEWS_WORDS)

#: Elided articles and pronouns stripped from the front of a word: l'Union → Union.
_ELISION = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]", re.IGNORECASE)

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?")

_QUOTES = str.maketrans({
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'", "´": "'", "′": "'",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ",
})


def normalise_quotes(text: str) -> str:
    """Typographic quotes and apostrophes → ASCII; no-break spaces → spaces."""
    return text.translate(_QUOTES)


@functools.lru_cache(maxsize=1 << 16)  # mostly single words and short phrases, many repeated
def fold(text: str) -> str:
    """Case- and accent-insensitive form used for term matching: 'État' → 'etat'."""
    text = unicodedata.normalize("NFKD", normalise_quotes(text).casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


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

#: Words that may sit inside a key phrase: "mer de Chine", "Coupe de la Ligue".
LINK_WORDS = frozenset(word_key(w) for w in "de du des d la le les l en et à au aux sur pour contre entre".split())


def features(text: str) -> list[str]:
    """The features of a text, as counted by the TF-IDF vectorisers."""
    return [f for f, _, _ in phrases(text)]
