"""French wording for dates and field names."""

from __future__ import annotations

from ..text import MONTHS

FIELD_LABELS = {
    "title": "Titre",
    "date": "Date",
    "time": "Heure",
    "place": "Lieu (dateline)",
    "agency": "Agence",
    "authors": "Auteurs",
    "outlet": "Média",
    "language": "Langue",
}

PROVENANCE_LABELS = {
    "extracted": "extrait du texte",
    "derived": "déduit",
    "editor": "fixé par l’éditeur",
    "unknown": "inconnu",
}


def format_date(iso: str | None) -> str:
    """'2013-06-02' → '2 juin 2013'; '2021-07' → 'juillet 2021'; None → 'inconnue'."""
    if not iso:
        return "inconnue"
    parts = iso.split("-")
    year = parts[0]
    if len(parts) == 1:
        return year
    month = MONTHS[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {year}"
    day = int(parts[2])
    return f"{'1er' if day == 1 else day} {month} {year}"


def month_title(key: str) -> str:
    """Title of a navigation group: '2021-07' → 'Juillet 2021'."""
    if key == "inconnue":
        return "Date inconnue"
    if "-" not in key:
        return f"{key} (mois inconnu)"
    text = format_date(key)
    return text[0].upper() + text[1:]


DROPPED_KINDS = {
    "navigation": "navigation",
    "boilerplate": "habillage de page",
    "image": "image",
    "duplicate": "doublon",
    "dateline": "ligne de date",
    "byline": "signature",
    "separator": "séparateur",
    "front-matter": "en-tête YAML",
    "caption": "légende",
}

# Reasons written by the cleaner (English in the JSON export) → French on the page.
_REASON_PHRASES = (
    ("duplicate of ", "doublon de "),
    ("(repeated at the start of a paragraph)", "(répété en début de paragraphe)"),
    ("byline; repeats metadata already taken", "signature ; métadonnées déjà relevées"),
    ("dateline; its fields were already taken from an earlier line",
     "ligne de date ; déjà relevée sur une ligne précédente"),
    ("relative date: the publication date cannot be read from it",
     "date relative : la date de publication ne peut pas en être tirée"),
    ("update time: not used as the publication date",
     "heure de mise à jour : pas retenue comme date de publication"),
    ("no words (separator line)", "aucun mot (ligne de séparation)"),
    ("link or button in a page trailer", "lien ou bouton de fin de page"),
    ("image file name", "nom de fichier d’image"),
    ("site navigation menu", "menu de navigation du site"),
    ("section label above the headline", "rubrique au-dessus du titre"),
    ("web page trailer (related links, comments)", "fin de page web (liens connexes, commentaires)"),
    ("web page furniture (sharing, ads, reading time)",
     "habillage de page web (partage, publicité, temps de lecture)"),
    ("web page notice (subscription, rights, wiki template)",
     "mention de page web (abonnement, droits, modèle wiki)"),
    ("editor's metadata (front matter)", "métadonnées de l’éditeur (en-tête YAML)"),
    ("invalid front matter, ignored", "en-tête YAML invalide, ignoré"),
)
_METADATA_PREFIX = "used as metadata: "


def french_reason(reason: str) -> str:
    """The cleaner's reason in French where known; unknown wording is kept as is."""
    if reason.startswith(_METADATA_PREFIX):
        fields, _, rest = reason[len(_METADATA_PREFIX):].partition(" (")
        names = ", ".join(FIELD_LABELS.get(f.strip(), f.strip()).lower() for f in fields.split(","))
        return "utilisée comme métadonnée : " + names + (f" ({rest}" if rest else "")
    for en, fr in _REASON_PHRASES:
        reason = reason.replace(en, fr)
    return reason
