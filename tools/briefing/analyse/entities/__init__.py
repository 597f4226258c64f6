"""Named entities of an article: corrected spaCy spans, roles, journalists, merging.

Pipeline for one article (``article_entities``):

1. ``news_spans(doc)`` corrects spaCy's NER on news text: strips determiners,
   honorifics and trailing time words, relabels institutions named after a
   building ("Maison Blanche", "Pentagone") and names headed by "ministère",
   "département"… as ORG, drops "État" in "secrétaire d'État" and portfolio
   words that belong to a title ("ministre de la Défense"), turns plural
   demonyms ("les Américains") into MISC; keeps the name closing a title span
   ("Premier ministre X"), drops a noun in apposition before a name ("la
   Kényane X": no place), never takes an acronym after a title ("député LR")
   for a person; a name word after a zero-width character ("Ba \u200bHuy") and a
   one-word person span right after a person are the rest of the name; a title
   whose capital article follows a word ("le journal Le Canard enchaîné") goes
   on over its bare adjective (also opening a sentence: "Le Canard enchaîné de ce
   22 mars ajoute"); an organisation cut before a short complement that an
   acronym in brackets closes is the whole name ("Union américaine pour les
   libertés civiles (ACLU)"). ``article_spans(docs)`` then gives a mention the
   fuller form of a longer mention of the article that the text continues into
   ("Le Canard" + "enchaîné"), and a lone surname the person type when the
   article names that person in full in another paragraph.
2. ``role_of(doc, span)`` reads the title the text gives next to a person, in
   an apposition before ("le chef du Pentagone Chuck Hagel") or after
   ("Daniel Russel, secrétaire d'Etat adjoint pour l'Asie, …").
3. Journalists (names in ``Article.authors``, photo credits, "notre
   correspondant à X, Name", "Name, avec AFP") get type ``JOURNALIST``:
   renderers and chapters skip that type; the people in the news are ``PER``.
4. Mentions are merged to one canonical name per article ("M. Blinken",
   "Blinken", "Antony Blinken" → Antony Blinken), then across the corpus by
   ``merge_corpus`` (a lone surname takes the one full name the corpus knows).

Modules: ``spans`` (rule 1), ``roles`` (2), ``journalists`` (3), ``merging`` (4).
"""

from __future__ import annotations

from .spans import (  # noqa: F401  re-exported
    JOURNALIST,
    SOURCE,
    is_news_source,
    Mention,
    news_spans,
    article_spans,
)
from .roles import (  # noqa: F401  re-exported
    role_before,
    plural_roles,
    role_after,
)
from .journalists import (  # noqa: F401  re-exported
    is_journalist_mention,
)
from .merging import (  # noqa: F401  re-exported
    article_entities,
    build_entities,
    merge_corpus,
)
