"""Line classes: what one input line is, from its text alone (plus, for a few
kinds, what came just before). Generic patterns for French web and wire copy;
no outlet, name or date is hard-coded.

Each ``match_*`` / ``*_reason`` function returns None when the line is not of
its kind, else the parsed parts or the reason shown in the dropped list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .. import rules
from ..model import DropReason
from ..text import MONTH_FORMS, MONTH_RE, WEEKDAY_RE
from .metadata import (
    AGENCY_RE, agency_name, iso_date, iso_time, place_name,
)

_UP = "A-ZÀ-ÖØ-Þ"
#: One word of a person's name: capitalised word or an initial ("J.").
_NAME_WORD = rf"[{_UP}](?:\.|[\w'’-]+)"
_PARTICLE = r"(?:(?:de|du|des|da|di|van|von|der|le|la|ben|bin|el|al|dos|do)\s+|d['’])"
NAME = rf"{_NAME_WORD}(?:[ \t]+{_PARTICLE}?{_NAME_WORD}){{1,3}}"
NAMES = rf"{NAME}(?:\s*(?:,|\bet\b)\s*{NAME})*"


# --- datelines ------------------------------------------------------------------


@dataclass(frozen=True)
class Dateline:
    """A dateline found at the start of a line; ``rest`` is the text after it."""

    prefix: str
    rest: str
    date: str | None = None
    precision: str | None = None
    time: str | None = None
    place: str | None = None
    agency: str | None = None
    update: bool = False  # "Mis à jour le…": not the publication date
    relative: bool = False  # "Publié hier": no date can be read
    at_top_only: bool = False  # a shape a body line or a caption may also have

    @property
    def fields(self) -> tuple[str, ...]:
        names = ("date", "time", "place", "agency")
        return tuple(n for n in names if getattr(self, n)) if not self.update else ()


_TIME = r"(?P<h>\d{1,2})\s*[h:H]\s*(?P<mi>\d{2})?(?::(?P<s>\d{2}))?(?:\s*\(?(?:UTC|GMT|HNE|HAE|heure de Paris)(?:\s*[+−-]\s*\d{1,2})?\)?)?"
#: French months abbreviated with a full stop ("09 oct. 2021", "14 févr. 2024").
_MONTH_ABBREV = {"janv": 1, "févr": 2, "fevr": 2, "fév": 2, "fev": 2, "avr": 4, "juil": 7, "sept": 9,
                 "oct": 10, "nov": 11, "déc": 12, "dec": 12}
_MONTH_ABBREV_RE = "|".join(sorted(_MONTH_ABBREV, key=len, reverse=True))
_DATE_WORDS = (
    rf"(?:(?:{WEEKDAY_RE})\s+)?"
    rf"(?:(?P<wd>\d{{1,2}})(?:er|ᵉʳ)?\s+)?(?P<wm>{MONTH_RE}|(?:{_MONTH_ABBREV_RE})\.)\s+(?P<wy>\d{{4}})"
)
_DATE_ANY = (
    rf"(?:(?P<iy>\d{{4}})(?:(?P<isep>[-/])(?P<im>\d{{1,2}})(?:(?P=isep)(?P<id>\d{{1,2}}))?)?(?![\d/])"
    rf"|(?P<nd>\d{{1,2}})[/.](?P<nm>\d{{1,2}})[/.](?P<ny>\d{{4}})"
    rf"|{_DATE_WORDS})"
)

_BRACKET = re.compile(
    rf"^\[\s*(?P<nd>\d{{1,2}})/(?P<nm>\d{{1,2}})/(?P<ny>\d{{4}})(?:\s+{_TIME})?\s*\]\s*"
    rf"(?:(?P<place>[^()\[\]]{{1,50}}?)(?:\s*\([^()\[\]]{{2,40}}\))?\s*\((?P<agency>{AGENCY_RE})\)\s*[-–—:]?\s*)?"
)
_LABELLED = re.compile(
    rf"^(?P<label>date|dat[ée]e? de publication|publi[ée]e?(?: par)?(?: le)?|[ée]crit(?: par)? le|post[ée]e?(?: par)? le"
    rf"|mise? à jour(?: le)?|modifi[ée]e?(?: le)?|mise? en ligne(?: le)?)"
    rf"\s*:?\s*(?:le\s+)?:?\s*{_DATE_ANY}(?:\s*(?:à|,|-)?\s*{_TIME})?\s*[-–—|.]?\s*",
    re.I,
)
_WIKI = re.compile(
    rf"^(?P<wd>\d{{1,2}})(?:er|ᵉʳ)?\s+(?P<wm>{MONTH_RE})\s+(?P<wy>\d{{4}})"
    rf"(?:\s*,\s*{_TIME})?(?:\s*,\s*(?P<place>[^.,–—\d][^.–—]{{0,60}}?))?"
    rf"\s*(?:\.\s*[–—-]|[–—])\s*",
    re.I,
)
#: "(awp/afp)", "(AFP/Reuters)": agencies written together, in any case; one of them a
#: known agency (checked in ``_wire_agency``).
_AGENCY_LIST = r"[\w-]{2,20}(?:\s*/\s*[\w-]{2,20}){0,3}"
_WIRE = re.compile(
    rf"^(?P<place>[{_UP}][\w'’.-]*(?:[ -][{_UP}a-zà-ÿ][\w'’.-]*){{0,4}}?)"
    rf"(?:\s*,\s*(?:(?P<wd>\d{{1,2}})(?:er)?\s+(?P<wm>{MONTH_RE})(?:\s+(?P<wy>\d{{4}}))?))?"
    rf"\s*\((?P<agency>{AGENCY_RE}|{_AGENCY_LIST})\)\s*[-–—:]\s*"
)
#: "PAPEETE, 31 mai 2016 - Le leader …": a place in capitals, a full date and a dash
#: (no agency), the wire's dateline as regional dailies write it.
_CAPS_PLACE_DATE = re.compile(
    rf"^(?P<place>[{_UP}]{{2}}[{_UP}'’-]*(?:[ -][{_UP}][{_UP}'’-]*){{0,3}}),\s*(?:le\s+)?{_DATE_WORDS}\s*[-–—]\s+"
)


_WEEKDAY = rf"(?:{WEEKDAY_RE})"
#: A date alone on its line: "Mardi 12 mars 2021", "12/03/2021 10:05", "2021-03-12".
_BARE = re.compile(
    rf"^(?:{_WEEKDAY}\s+)?(?:le\s+)?{_DATE_ANY}(?:\s*(?:à|,|-)?\s*{_TIME})?\s*[.]?$", re.I
)
#: English month names and their abbreviations, as an English-language page template writes
#: a date above a French text ("Lundi 27 May, 2019", "- 06 Jan 2016 14:59:19").
_EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")
_EN_MONTH_FORMS = {m: i + 1 for i, m in enumerate(_EN_MONTHS)} | {
    m[:3]: i + 1 for i, m in enumerate(_EN_MONTHS)} | {"sept": 9}
_EN_MONTH_RE = "|".join(sorted(_EN_MONTH_FORMS, key=len, reverse=True))
_EN_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)"
#: A date alone on its line in English: day then month ("27 May, 2019") or month then day
#: ("May 27, 2019"), after a weekday (French or English) or a dash.
_BARE_EN = re.compile(
    rf"^[-–—]?\s*(?:(?:{_WEEKDAY}|{_EN_WEEKDAY})\.?,?\s+)?"
    rf"(?:(?P<ed>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<em>{_EN_MONTH_RE})\.?|(?P<em2>{_EN_MONTH_RE})\.?\s+(?P<ed2>\d{{1,2}})(?:st|nd|rd|th)?)"
    rf",?\s+(?P<ey>\d{{4}})(?:\s*(?:à|at|,|-)?\s*{_TIME})?\s*[.]?$", re.I
)
#: A header line's first part up to a bar: "2008/11/14 | Par L'aut'journal".
_DATE_BAR = re.compile(r"^([^|]{6,40}?)\s+\|\s+(?=\S)")
#: "Paris, le 12 mars 2021" alone on its line.
_PLACE_DATE = re.compile(
    rf"^(?P<place>[{_UP}][\w'’-]*(?:[ -][{_UP}a-zà-ÿ][\w'’-]*){{0,3}}),\s*(?:le\s+)?{_DATE_WORDS}\s*[.]?$"
)
#: "Publié aujourd'hui à 10h05", "Mis à jour il y a 3 heures": no usable date.
_RELATIVE = re.compile(
    r"^(?:publi[ée]e?|mise? à jour|modifi[ée]e?|mis en ligne)\s+(?:le\s+)?(?:aujourd['’]hui|hier|avant-hier|il y a)\b[^.]{0,40}$",
    re.I,
)


def _date_of(m: re.Match) -> tuple[str, str] | tuple[None, None]:
    g = m.groupdict()
    found = None
    if g.get("ny"):
        found = iso_date(int(g["ny"]), int(g["nm"]), int(g["nd"]))
    elif g.get("iy"):
        found = iso_date(int(g["iy"]), int(g["im"]) if g.get("im") else None, int(g["id"]) if g.get("id") else None)
    elif g.get("wy"):
        month = g["wm"].lower()
        month = _MONTH_ABBREV[month[:-1]] if month.endswith(".") else MONTH_FORMS[month]
        found = iso_date(int(g["wy"]), month, int(g["wd"]) if g.get("wd") else None)
    elif g.get("ey"):
        month = _EN_MONTH_FORMS[(g.get("em") or g["em2"]).lower()]
        found = iso_date(int(g["ey"]), month, int(g.get("ed") or g["ed2"]))
    return found if found else (None, None)


def _time_of(m: re.Match) -> str | None:
    g = m.groupdict()
    return iso_time(g["h"], g.get("mi"), g.get("s")) if g.get("h") else None


#: Datelines recognised anywhere: their label or brackets cannot be body text.
_ANYWHERE = (_BRACKET, _LABELLED, _WIRE, _CAPS_PLACE_DATE)
#: Datelines recognised only at the top of the text (or on its last line): a
#: body paragraph may also open with a date.
_AT_TOP = (_WIKI, _BARE, _BARE_EN, _PLACE_DATE)
_ALL = (_BRACKET, _LABELLED, _WIKI, _WIRE, _CAPS_PLACE_DATE, _BARE, _BARE_EN, _PLACE_DATE)


def _wire_agency(written: str) -> str | None:
    """The agency a dateline's brackets name: "AFP", or the first known one of "awp/afp"."""
    return agency_name(written) or next(
        (name for part in written.split("/") if (name := agency_name(part))), None)


#: A bar or bullet ending a line: what is left of a page title's separator ("Titre | Site").
TRAILING_BAR = re.compile(r"\s+[|•·]\s*$")


#: One capitalised word (a section's name) before a capitalised label of publication.
_RUBRIC_LABEL = re.compile(r"^[A-ZÀ-Ý][\w'’-]+\s+(?=(?:Publiée?|Mise? à jour|Modifiée?|Postée?|Mise? en ligne)\b)")


def match_dateline(line: str, at_top: bool = True) -> Dateline | None:
    """The dateline at the start of ``line``, or None.

    ``at_top`` (the line is above the article's text, or its last line) also
    accepts datelines that a body paragraph could start with: "1er janvier
    2016 . –", a date alone ("Mardi 12 mars 2021"), "Paris, le 12 mars 2021".
    """
    if _RELATIVE.match(line):
        return Dateline(prefix=line, rest="", update=True, relative=True)
    whole = line
    if at_top and (bare := TRAILING_BAR.sub("", line))[-1:].isdigit():
        line = bare  # "31 octobre 2025 |": the bar of a page header
    if at_top and (bar := _DATE_BAR.match(line)) and any(p.match(bar.group(1)) for p in (_BARE, _BARE_EN)):
        # "2008/11/14 | Par L'aut'journal": a date, a bar, then the rest of the page's header line
        d = match_dateline(bar.group(1), at_top=True)
        if d is not None:
            return replace(d, prefix=line[:bar.end()].rstrip(), rest=line[bar.end():].strip())
    if at_top and (rubric := _RUBRIC_LABEL.match(line)):
        # "Société Publié le vendredi 23 octobre 2020 | AIP": the section's name, then the dateline
        d = match_dateline(line[rubric.end():], at_top=True)
        if d is not None:
            return replace(d, prefix=(line[:rubric.end()] + d.prefix).rstrip())
    for pattern in _ALL if at_top else _ANYWHERE:
        m = pattern.match(line)
        if not m:
            continue
        date, precision = _date_of(m)
        g = m.groupdict()
        agency = _wire_agency(g["agency"]) if g.get("agency") else None
        place = place_name(g["place"]) if g.get("place") else None
        if pattern is _WIRE and not agency:
            continue
        if pattern is not _WIRE and not date:
            continue
        update = bool(g.get("label") and re.match(r"mise? à jour|modifi", g["label"], re.I))
        rest = line[m.end():].strip()
        return Dateline(
            prefix=whole.rstrip() if not rest and whole != line else line[: m.end()].rstrip(),  # (its bar kept)
            rest=rest,
            date=date,
            precision=precision,
            time=_time_of(m),
            place=place,
            agency=agency,
            update=update,
            at_top_only=pattern in _AT_TOP,
        )
    return None


# --- bylines --------------------------------------------------------------------


@dataclass(frozen=True)
class Byline:
    authors: tuple[str, ...]
    agency: str | None = None
    outlet: str | None = None  # "Le Monde avec AFP": the outlet signs the copy

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(
            name for name, value in (("authors", self.authors), ("agency", self.agency), ("outlet", self.outlet)) if value
        )


_AGENCIES = rf"(?P<agency>{AGENCY_RE})(?:\s*(?:,|et|/)\s*{AGENCY_RE})*"
_BYLINES = (
    # "Georges Haddad, avec AFP", "Par Jean Dupont (AFP)", "Le Monde avec AFP", "Libération avec Reuters"
    re.compile(rf"^(?:Par\s+)?(?P<signer>[^,()]{{2,60}}?)\s*(?:,\s*|\s+)(?:avec\s+(?:l['’])?|\(){_AGENCIES}\)?\.?$"),
    # "Caroline Plante, La Presse Canadienne", "Caroline Plante La Presse Canadienne": a name, then
    # the agency, alone on the line
    re.compile(rf"^(?:Par\s+)?(?P<names>{NAMES})(?<! La)(?<! Le)\s*(?:,|\s[-–—/|])?\s+{_AGENCIES}\.?$"),
    # "Avec notre correspondante à Washington, Anne Corpet", "De notre envoyé spécial à Kiev, X"
    re.compile(
        rf"^(?:Avec|De|Par)\s+(?:notre|nos|un|une|l['’])\s*(?:correspondante?s?|envoyée?s?\s+spéciale?s?|"
        rf"envoyée?s?|journaliste|bureau|rédaction)\b(?:\s+(?:à|au|aux|en|dans|pour)\s+[^,]{{1,50}})?\s*[,:]?\s*(?P<names>{NAMES})\.?$"
    ),
    # "Rédaction web avec Jean Dupont et Marie Durand", "La rédaction, avec Jean Dupont"
    re.compile(rf"^(?:La\s+)?[Rr]édaction(?:\s+[\w-]+)?\s*,?\s+avec\s+(?P<names>{NAMES})\.?$"),
    # "Par Jean Dupont", "Par Jean Dupont et Marie Durand, envoyés spéciaux à Kiev"
    re.compile(rf"^Par\s+(?P<names>{NAMES})(?:\s*,\s*[^,]{{1,60}})?\.?$"),
    # "Par Brice Vidal avec sur place, Margaux Alix": the writer, then who reported with them
    re.compile(rf"^Par\s+(?P<names>{NAMES})\s*,?\s+avec\s+(?:sur\s+place\s*,?\s*)?(?P<names2>{NAMES})\.?$"),
    # "Textes et photo: Lena Vulliamy", "Texte : Jean Dupont", "Propos recueillis par Jean Dupont",
    # "Auteur/autrice : Souleymane Gano", "Rédigé par Jean Dupont"
    re.compile(rf"^(?:Textes?(?:\s+(?:et|&)\s+(?:photos?|images?))?\s*:|Propos recueillis par"
               rf"|(?:Auteure?|Autrice|Auteur\s*/\s*autrice|Rédigé par|Écrit par)\s*:?)\s*(?P<names>{NAMES})\.?$"),
    # "Gaetan TRINGHAM (g.tringham@agmedias.fr)", "Patrick Rodrigue - prodrigue@lexismedia.ca": a
    # name and an e-mail address
    re.compile(rf"^(?:Par\s+)?(?P<names>{NAMES})\s*(?:[-–—|]\s*)?[(<]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)>]?\.?$"),
    # "Mickaël Bazoge |": a name and the bar that separated it from a date the page left out
    re.compile(rf"^(?P<names>{NAMES})\s*\|$"),
    # Wire credit line: "(Reportage Jean Dupont, édité par Marc Durand)"
    re.compile(rf"^\((?:Reportage|Rédigé par|Rédaction|Par)\s+(?P<names>{NAMES})(?:\s*[,;]\s*[^()]{{0,80}})?\)$"),
    # "Avec AFP", "Source : Reuters", "(AFP)"
    re.compile(rf"^(?:(?:Avec|Sources?\s*:?)\s+(?:l['’])?)?\(?{_AGENCIES}\)?\.?$"),
)
_SPLIT_NAMES = re.compile(r"\s*(?:,|\bet\b)\s*")
_PERSON = re.compile(rf"^{NAMES}$")
#: First words that make a capitalised phrase a publication or a desk, not a person.
_NOT_A_FIRST_NAME = frozenset(rules.words("not_first_names.txt"))
_GENERIC_SIGNERS = re.compile(r"r[ée]daction|service|desk|[ée]quipe|staff|journaliste", re.I)


def person_names(text: str) -> tuple[str, ...] | None:
    """Names of people ("Jean Dupont et Marie Durand"), or None when ``text``
    is not a list of person names (a publication, a desk…)."""
    if not _PERSON.match(text):
        return None
    names = tuple(n for n in _SPLIT_NAMES.split(text) if n)
    for name in names:
        first = re.split(r"[\s'’]", name, maxsplit=1)[0].lower()
        if first in _NOT_A_FIRST_NAME:
            return None
    return names


#: Dashes framing a byline ("— Par Jeanne Bulant avec AFP —") and the comma or semicolon
#: closing it ("Par Isabel Contreras,", "By André Gakwaya;").
_BYLINE_FRAME = re.compile(r"^[\s—–-]+(?=\S)|[\s—–,;-]+$")
#: "Par:" and the English "By" open a byline as "Par" does; so do the formulas of authorship
#: "Un texte de", "Un reportage de", "Texte de" (the names after them must still read as
#: people's: "Un texte de loi …" is no byline).
_BYLINE_BY = re.compile(
    r"^(?:Par\s*:|By\b|par(?=\s+[^\W\d_]*[A-ZÀ-Þ])"  # ("par Nadia DAKI": lower case on its own line)
    r"|(?:Un|Une)\s+(?:texte|article|reportage|chronique|billet|enquête)\s+(?:de|d['’])(?=\s*[A-ZÀ-Þ])"
    r"|Texte\s+de\b)\s*")  # ("Texte : X", "Écrit par X": _BYLINES below)


#: Bars closing a byline with empty fields or a length between them ("|   |  1256  mots").
_BYLINE_TAIL = re.compile(r"(?:\s*\|\s*(?:\d+\s+mots|\d+\s*min(?:utes?)?(?:\s+de\s+lecture)?)?)+\s*$", re.I)


def match_byline(line: str) -> Byline | None:
    if len(line) > 140:
        return None
    line = _BYLINE_BY.sub("Par ", _BYLINE_FRAME.sub("", line))
    if line.startswith("Par "):
        line = _BYLINE_TAIL.sub("", line)  # "Par Delphine Cuny  |   |  1256  mots": the page's empty fields
    for pattern in _BYLINES:
        m = pattern.match(line)
        if not m:
            continue
        g = m.groupdict()
        agency = _wire_agency(g["agency"]) if g.get("agency") else None
        if g.get("signer") is not None:
            signer = g["signer"].strip()
            authors = person_names(signer)
            if authors is not None:
                return Byline(authors, agency)
            if _GENERIC_SIGNERS.search(signer) and len(signer.split()) <= 4:
                return Byline((), agency)  # "La rédaction avec AFP"
            if is_publication_name(signer):
                return Byline((), agency, outlet=signer)  # "Le Monde avec AFP"
            continue
        names = g.get("names")
        authors = person_names(names) if names else ()
        if authors is not None and g.get("names2"):
            more = person_names(g["names2"])
            authors = authors + more if more is not None else None
        if authors is None:
            continue
        return Byline(authors, agency)
    return None


_TITLE_WORD = re.compile(rf"^(?:[{_UP}0-9][\w'’.&-]*|du|de|des|la|le|les|et|d['’]\w+|l['’]\w+)$")


def is_publication_name(text: str) -> bool:
    """"Le Monde", "20 Minutes", "La Voix du Nord": one to four title-case words."""
    words = text.split()
    return (
        1 <= len(words) <= 4
        and (text[:1].isupper() or text[:1].isdigit())
        and all(_TITLE_WORD.match(w) for w in words)
    )


_CORRESPONDENT = re.compile(
    rf"\bnotre\s+(?:correspondante?|envoyée?\s+spéciale?|envoyée?)\s+(?:à|au|aux|en|dans)\s+[^,.;]{{1,50}},\s*(?P<name>{NAME})"
)


def correspondents_in(text: str) -> list[str]:
    """Journalists named in running text: "…, rapporte notre correspondant à Bruxelles, X"."""
    if "notre" not in text:
        return []
    return [m["name"] for m in _CORRESPONDENT.finditer(text)]


# --- images, captions -----------------------------------------------------------

_IMAGE_TOKEN = r"\S*\.(?:jpe?g|png|webp|gif|svg|avif|bmp|tiff?)(?:\?\S*)?[)\]]*"  # ("…/photo.jpg)": a Markdown link's end)
_IMAGE = re.compile(rf"^(?:(?:image|photo|fichier|file)\s*:\s*)?{_IMAGE_TOKEN}(?:\s+{_IMAGE_TOKEN})*$", re.I)


def is_image(line: str) -> bool:
    return bool(_IMAGE.match(line))


_CREDIT_END = re.compile(
    r"\(\s*(?:photos?|ph\.?(?=\s*:)|crédits?(?: photos?)?|illustration|image|infographie|vidéo|capture(?: d['’]écran)?|dessin)\b"
    r"(?!\s*\)\s*$)[^()]{0,80}\)\s*$",  # a credit names its source: "(vidéo)" alone labels a headline's link
    re.I,
)
_AGENCY_END = re.compile(
    rf"(?:[.!?…»)]|\b\w{{3,}})\s*\(\s*(?:photo\s+)?{AGENCY_RE}(?:\s*/\s*[^()]{{1,40}})?\s*\)\s*$"
)
#: Picture agencies and libraries seen in photo credits (``rules/agencies.yaml``).
_PICTURE_SOURCES = "(?:" + "|".join([AGENCY_RE, *rules.data("agencies.yaml")["picture_sources"]]) + ")"
_SLASH_CREDIT = re.compile(
    rf"(?:[A-ZÀ-Ý][\w'’.-]*\s*){{0,4}}/\s*{_PICTURE_SOURCES}(?:\s*/\s*[\w ]{{1,25}})?\)?\s*$"
)
#: "… samedi soir. (A. Réau/L'Équipe)": after a sentence's full stop, a name, a slash and
#: the outlet in brackets close a caption (the usual shape of a photo credit).
_NAME_SLASH_CREDIT = re.compile(r"[.!?]\s*\(\s*(?:[A-ZÀ-Ý]\.\s*)?[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2}"
                                r"\s*/\s*[^()/]{1,30}\)\s*$")
_CREDIT_START = re.compile(r"^(?:photo|crédits?(?: photo)?|illustration|légende)\s*:\s*", re.I)
#: "PHOTO LOÏC VENANCE, AGENCE FRANCE-PRESSE", "Photo Jean Dupont / Reuters": a credit line
#: without a colon, capitalised words only (a name, then its agency or outlet).
_CREDIT_LINE = re.compile(r"^(?:PHOTOS?|Photos?)\s+(?:[A-ZÀ-Ý][\w'’.-]*\s*){1,4}(?:[,/]\s*(?:[A-ZÀ-Ý][\w'’.-]*\s*){1,4})?$")
_COPYRIGHT = re.compile(r"©\s*\S")


def caption_reason(line: str, after_image: bool) -> str | None:
    closing = line.endswith(")")
    if closing and _CREDIT_END.search(line):
        if line[:1].islower():
            return "photo caption (truncated start) with a photo credit"
        return "photo caption with a photo credit"
    words = len(line.split())
    if "/" in line and words <= 60 and (_SLASH_CREDIT.search(line) or _NAME_SLASH_CREDIT.search(line)):
        return "photo caption with a photo credit"
    if closing and words <= 50 and _AGENCY_END.search(line):
        return "photo caption ending with an agency credit"
    if words <= 40 and (_CREDIT_START.match(line) or _CREDIT_LINE.match(line) or ("©" in line and _COPYRIGHT.search(line))):
        return "photo caption or credit"
    if after_image and words <= 60:
        if line[:1].islower():
            return "photo caption (truncated start) below an image"
        return "photo caption below an image"
    return None


# --- navigation, boilerplate, separators ----------------------------------------

#: Words of a site menu, compared in lower case (``rules/menu_words.txt``).
MENU_WORDS = frozenset(rules.words("menu_words.txt"))
_NAV_SEPARATED = re.compile(r"^[^.!?«»:;]{1,40}(?:\s+[>›|/•·]\s+[^.!?«»:;]{1,40})+$")


#: A link with an arrow, back before it or on after it ("<< Les dernières actualités de
#: Besançon", "Article suivant →"); a quotation in ASCII marks ("<<Non>>") has both.
_ARROW_LINK = re.compile(r"^(?:<<?|←|‹)\s*[^<>«»←→‹›]{1,80}$|^[^<>«»←→‹›]{1,80}?\s*(?:>>?|→|›)$")


def _kicker_and_title(line: str) -> bool:
    """"J10 / Panorama complet des résultats": one separator, then three words or more, two of
    them in lower case: a rubric and a headline, not a menu's items."""
    parts = re.split(r"\s+[>›|/•·]\s+", line)
    words = parts[-1].split()
    return len(parts) == 2 and len(words) >= 3 and sum(1 for w in words if w.islower()) >= 2


def is_navigation(line: str) -> bool:
    if len(line) > 120:
        return False
    if _NAV_SEPARATED.match(line) and not _kicker_and_title(line) or _ARROW_LINK.match(line) and len(line.split()) <= 10:
        return True
    words = line.split()
    if not 1 <= len(words) <= 10 or any(not w[0].isupper() for w in words if w != "&"):
        return False
    if any(ch in line for ch in ".,;:!?«»\"()"):
        return False
    menu = sum(1 for w in words if w.lower() in MENU_WORDS)
    return menu * 2 >= len(words) if len(words) > 1 else menu == 1


_BOILERPLATE = rules.data("boilerplate.yaml")
#: A trailer heading (``rules/boilerplate.yaml``): a phrase, whatever follows it,
#: or a word alone on its line.
_TRAILER = re.compile(
    rf"^(?:(?:{'|'.join(_BOILERPLATE['trailer_phrases'])})\b|(?:{'|'.join(_BOILERPLATE['trailer_words'])})\s*[:.…]?$)",
    re.I,
)
_BOILER_WHOLE = re.compile(rf"^(?:{'|'.join(_BOILERPLATE['furniture'])})\s*[:.!]?$", re.I)
_BOILER_START = re.compile(rf"^(?:{'|'.join(_BOILERPLATE['notices'])})", re.I)
_BOILER_END = re.compile(rf"\b(?:{'|'.join(_BOILERPLATE['notice_endings'])})\W*$", re.I)
#: A line ending on a notice is one when it is at most this many words long.
NOTICE_END_WORDS = 12


def boilerplate_reason(line: str) -> DropReason | None:
    if _TRAILER.match(line) and len(line) <= 200:
        return DropReason.PAGE_TRAILER
    if _BOILER_WHOLE.match(line):
        return DropReason.PAGE_FURNITURE
    if _BOILER_START.match(line) and len(line) <= 300:
        return DropReason.PAGE_NOTICE
    if _BOILER_END.search(line) and len(line.split()) <= NOTICE_END_WORDS:
        return DropReason.PAGE_NOTICE
    return None


def is_trailer_start(line: str) -> bool:
    """A trailer heading ("À lire aussi", "Sur le même sujet Tour de France 2016")
    whose links follow on the next lines; an inline link ("Lire aussi | <title>")
    carries its own text and opens nothing."""
    m = _TRAILER.match(line)
    return bool(m) and len(line[m.end():].split()) <= 5


def is_separator(line: str) -> bool:
    return not any(ch.isalnum() for ch in line)


# --- subheadings, headlines -------------------------------------------------------

#: Characters that open an item of a list.
BULLETS = "•♦◆■▪►▶●★✓➤"
_BULLETED = re.compile(
    r"^(?:#{1,6}\s+(?P<md>.+?)\s*#*"
    r"|[-–—]+\s*(?P<dash>[^-–—].*?)\s*[-–—]+"
    rf"|[{BULLETS}]\s*(?P<bullet>.+?)\s*[◄◀•♦◆■▪]*)$"
)
_END_PUNCT = tuple(".,;:…")


def bulleted_subheading(line: str) -> str | None:
    m = _BULLETED.match(line)
    if not m:
        return None
    text = m["md"] or m["dash"] or m["bullet"] or ""
    if not text or len(text.split()) > 15 or text.endswith(_END_PUNCT) or not (text[0].isupper() or text[0].isdigit()):
        return None
    return text


def is_plain_subheading(line: str) -> bool:
    """A short capitalised line without final punctuation, between paragraphs."""
    words = line.split()
    return (
        2 <= len(words) <= 12
        and len(line) <= 90
        and line[0].isupper()
        and not line.endswith((".", ",", ";", ":", "…", "»", '"', "”", ")", "!", "?"))
        and not any(q in line for q in "«»\"“”")
    )


_INNER_SENTENCE = re.compile(r"(?<![A-Z])(?<!\bM)[.!?]\s+[A-ZÀ-Ö]")


#: Words that open a sentence rather than a rubric label ("Le gouvernement recule.").
_SENTENCE_OPENER = re.compile(r"(?i)^\s*(?:le|la|les|l['’]|un|une|des|du|il|elle|ils|elles|on|ce|cet|cette|ces|nous|je)\b")


def _inner_breaks_allowed(line: str) -> bool:
    """A headline may hold a break when it opens on a kicker of one to three words
    ("Éducation. Ces « stylos rouges » qui…"), or two ("La Roche-sur-Yon. Les Halles. …": a
    kicker may be a name with its article), or when the break is "?", "!" or "…" ("Faut-il
    avoir peur ? Les experts répondent"); never when it ends on a full stop."""
    if line.rstrip().endswith(".") and not line.rstrip().endswith(".."):
        return False
    start, kickers = 0, 0
    for m in _INNER_SENTENCE.finditer(line):
        before = line[:m.start()]
        if line[m.start()] in "?!" or before.endswith(("…", "..")):
            continue
        segment = line[start:m.start()]
        words = segment.split()
        if kickers < 2 and not re.search(r"[.!?…]", segment) \
                and 1 <= len(words) <= 3 and (not re.match(_SENTENCE_OPENER, segment)
                                              or len(words) >= 2 and words[1][:1].isupper()):
            # the kicker, a label without determiner or a name ("La Roche-sur-Yon. Les Halles.
            # « … » tirent leur révérence"): one or two of them, first
            start, kickers = m.start() + 1, kickers + 1
            continue
        return False
    return True


_LINK = re.compile(r"\b(?:https?://|www\.)\S", re.I)


def has_link(line: str) -> bool:
    """True when the line holds a web address ("… https://t.co/…")."""
    return bool(_LINK.search(line))


#: A line of a date and nothing else ("vendredi, juillet 18, 2025"): a page's date, no headline.
_ONLY_DATE = re.compile(rf"(?i)^(?:(?:{WEEKDAY_RE}|{MONTH_RE}|{'|'.join(_EN_MONTHS)}|\d{{1,4}}(?:er)?)[\s,.]*)+$")


#: A one-word kicker in lower case, a colon or a spaced dash, then a capitalised title
#: ("yaoundé: Une maison …", "athlétisme - Championnats de France …").
_LOWER_KICKER = re.compile(r"^[^\W\d_][\w'’-]*(?:\s*:|\s+[-–—])\s+[A-ZÀ-Ý]")
#: A site's banner above the headline: words, then the site's address ("Site icon LA VIE
#: AGRICOLE / LVATV.CA", "… Avis de décès Édition Électronique Rabaischocs.com").
_SITE_BANNER = re.compile(r"^[^.!?«»]{0,120}?\b[\w-]{2,}\.(?:com|ca|fr|net|org|info|be|ch|ma|dz|tn|sn|ci|cm|cd|bf|ml|ne|tg|bj|ga|cg|mg|mu|re|ht|lu|mc|nc|pf|qc\.ca)\s*$", re.I)


def is_site_banner(line: str) -> bool:
    """True when ``line`` is a site's name or menu ending on its address."""
    return len(line.split()) <= 15 and _SITE_BANNER.match(line) is not None


#: A word of initials or an abbreviation: "CP.", "Ph.A", "J.-M." (letters, three at most
#: between periods).
_ABBREVIATION_WORD = re.compile(r"(?:[^\W\d_]{1,3}\.-?)+[^\W\d_]{0,3}\.?")


#: Words of French syntax no alt text of keywords has and a headline almost always has.
_FUNCTION_WORDS = frozenset({"le", "la", "les", "l'", "un", "une", "des", "de", "du", "d'", "à", "au", "aux", "en",
                             "et", "pour", "sur", "par", "dans", "avec"})


def picture_line(line: str) -> bool:
    """True when the line belongs to a picture: initials and abbreviations alone ("CP.
    Ph.A", a photo credit), or a picture's file number then its alt text, keywords with no
    word of syntax ("216147 France Danemark Feminine Match amical")."""
    words = line.split()
    return bool(words) and (all(_ABBREVIATION_WORD.fullmatch(w) for w in words)
                            or words[0].isdigit() and len(words[0]) >= 5 and len(words) > 1
                            and not any(w.casefold() in _FUNCTION_WORDS for w in words))


def looks_like_headline(line: str) -> bool:
    words = line.split()
    return (
        2 <= len(words) <= 30
        and not _ONLY_DATE.match(line)
        # words, not a figure and its unit ("28.2 C", a weather widget)
        and sum(1 for w in words if len(re.findall(r"[^\W\d_]", w)) >= 2) >= 2
        # not one word over and over ("Image Image Image …", a row of pictures' alt texts)
        and not (len(words) >= 3 and len({w.casefold() for w in words}) == 1)
        and not picture_line(line)
        # "usine Seita, le 16 avril (Photo : …)": a caption cut from its start (but a kicker a
        # page writes in lower case, "yaoundé: Une maison familiale partie en fumée", opens one)
        and (not words[0].islower() or _LOWER_KICKER.match(line) is not None)
        and not has_link(line)  # "19:05 Je ne suis … https://t.co/…": a post of a feed, with its link
        and len(line) <= 200
        and (not line.endswith((".", ",", ";", ":")) or line.endswith(".."))
        and (not _INNER_SENTENCE.search(line) or _inner_breaks_allowed(line))
    )
