"""Rule 3 of the package: journalists are bylines, signatures, photo credits,
"(correspondant)…" and "avec AFP" lines — structural positions only."""

from __future__ import annotations

import re

from ..lexicon import fold


# --- journalists ------------------------------------------------------------------------

#: A photo credit: "(Photo : Paul J. Richards)", "Photo AFP / Jean Dupont", "© Jean Dupont",
#: "(c) Jean Dupont", "(Photo Belga : Jean Dupont)" (the picture's source, then a colon).
_CREDIT_BEFORE = re.compile(r"(?:(?:^|[(\[|/—–-])\s*(?:photos?|cr[ée]dits?(?:\s+photos?)?)"
                            r"(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3}\s*:?|\bphotos?\s*:|©|\(c\)"
                            r"|(?:©|\(c\))[^.!?«»\n]{1,40}\s(?:[—–/|-]|:))\s*$",  # (also "© Radio Nord - Jean Dupont")
                            re.I)
#: "Ph." for "photo" after a sentence's end ("… maire de Millau (Aveyron). Ph. Olivier Schlama"),
#: before a name of two words or more ("Ph. Durand" is Philippe Durand).
_PH_CREDIT = re.compile(r"(?:^|[.!?…»]\s+)Ph\.\s*$")
#: A photo credit by the outlet's initials after a caption's last sentence, before a name that
#: ends the line ("… sont régulièrement visitées. DDM Kévin Mouveaux"), or on a line of its own.
_ACRONYM_CREDIT = re.compile(r"(?:^\s*|[.!?…»]\s+)[A-Z]{2,5}\s+$")
#: A credit line naming its source first: "Photo Agence QMI, JOËL LEMAY", "Photo AFP / Jean Dupont",
#: also after a caption's last sentence ("… pèsent sur le moral. Photo Progrès/ Charly JURINE")
#: (the name ends the line: "Photo prise lundi à Paris, X salue la foule" is a caption).
_CREDIT_LINE = re.compile(r"(?:^|[.!?…»]\s+)\s*photos?\s+[^.!?«»\n,:/]{1,40}[,/]\s*$", re.I)
#: A credit in brackets closing a line: the picture's source and the name on either side of a
#: slash ("(KEYSTONE/Laurent Gillieron)", "… samedi soir. (A. Réau/L'Équipe)"), or a bracket
#: opened by "Photo"/"Crédit" ("(Photo: archives-courtoisie Stéphane Fournier)"); at the start of
#: the line or after a sentence's end.
_BRACKET_OPEN = re.compile(r"(?:^|[.!?…»]\s*)\(\s*(?:(?P<src>[^()/\n]{1,40})/\s*"
                           r"|(?P<photo>(?:photos?|cr[ée]dits?(?:\s+photos?)?)\b[^()/\n]{0,50}))?$", re.I)
_BRACKET_CLOSE = re.compile(r"^\s*(?:/\s*(?P<src>[^()/\n]{1,40}))?\)\s*$")
#: A byline opening a short line: "Par Jean Dupont", "De notre correspondant à Rome, Jean Dupont".
_BYLINE_START = re.compile(
    r"^\s*(?:(?:par|de|avec|propos recueillis par)\s+)?(?:(?:notre|nos|votre|de\s+notre)\s+)?"
    r"(?:(?:correspondante?s?|envoy[ée]e?s?\s+sp[ée]ciale?s?)\b[^.;:!?]{0,40},?\s*)?$",
    re.I,
)
#: "rapporte notre correspondante à Washington, Anne Corpet": the outlet's own reporter.
_CORRESPONDENT_BEFORE = re.compile(
    r"\b(?:notre|nos|votre)\s+(?:correspondante?s?|envoy[ée]e?s?\s+sp[ée]ciale?s?|journalistes?|reporters?)\b"
    r"[^.;:!?]{0,40},?\s*$",
    re.I,
)
_CORRESPONDENT_AFTER = re.compile(r"^\s*[,(–—-]\s*(?:notre\s+)?(?:correspondante?|envoy[ée]e?\s+sp[ée]ciale?)\b", re.I)
_AGENCY_AFTER = re.compile(r"^\s*(?:[,(–—-]\s*(?:avec|pour|et)\s+(?:l['’])?|/\s*)(?:AFP|Reuters|AP|ANSA|DPA|agences?)\b",
                           re.I)  # (also a photographer's "Jean Dupont / AFP")
#: A line this short that holds a byline cue is a byline, not body text.
_BYLINE_MAX = 140


def is_journalist_mention(text: str, start: int, end: int, authors_keys: set[str]) -> bool:
    """True when the name at text[start:end] signs or reports the article.

    Only structural positions count: the article's authors, a photo credit, a
    short byline line ("Par X", "De notre correspondant à Rome, X"), the
    outlet's own correspondent ("notre correspondante à Washington, X",
    "X (correspondant)…"), "X, avec AFP", a line that is only the name, or a full
    name alone between brackets at a line's start or after a sentence's end
    ("(Benjamin von Wyl)" under a caption), a name after an outlet's initials ending a
    caption or alone on its line ("DDM Kévin Mouveaux").
    A name after "par" in a sentence ("le parti dirigé par X") is a person.
    """
    name = fold(text[start:end])
    if name in authors_keys or any(name and len(name.split()) > 1 and name in a for a in authors_keys):
        return True
    before = text[max(0, start - 60):start]
    after = text[end:end + 40]
    if _CREDIT_BEFORE.search(before) or _CORRESPONDENT_BEFORE.search(before):
        return True
    if _PH_CREDIT.search(before) and len(text[start:end].split()) >= 2:
        return True
    if _ACRONYM_CREDIT.search(before) and len(text[start:end].split()) >= 2 \
            and not re.search(r"\w", text[end:text.find("\n", end) if "\n" in text[end:] else len(text)]):
        return True  # "… sont régulièrement visitées. DDM Kévin Mouveaux": the outlet's initials, then the name
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) if "\n" in text[end:] else len(text)
    if _CREDIT_LINE.search(text[line_start:start]) and not re.search(r"\w", text[end:line_end]):
        return True
    opened, closed = _BRACKET_OPEN.search(text[line_start:start]), _BRACKET_CLOSE.match(text[end:line_end])
    if opened and closed and (opened["photo"] or (opened["src"] is None) != (closed["src"] is None)):
        return True
    if opened and closed and opened["src"] is None and closed["src"] is None and len(text[start:end].split()) >= 2:
        # "(Benjamin von Wyl)" on its own line or closing a caption: only a full name between the
        # brackets, at a line's start or after a sentence's end, is a credit or a signature
        return True
    if len(text) <= _BYLINE_MAX and _BYLINE_START.match(text[:start]) and text[:start].strip():
        return True
    if _AGENCY_AFTER.match(after) or _CORRESPONDENT_AFTER.match(after):
        return True
    # a paragraph that is only the name (a signature line)
    return text.strip(" .,-–—") == text[start:end]
