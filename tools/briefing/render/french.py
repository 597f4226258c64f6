"""French wording for dates and field names."""

from __future__ import annotations

from ..model import DroppedLine, DropReason
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

#: The cleaner's reasons (``DroppedLine.code``) in French, filled with ``DroppedLine.detail``.
DROP_REASONS = {
    DropReason.DUPLICATE: "doublon de {0}",
    DropReason.REPEATED_START: "doublon de {0} (répété en début de paragraphe)",
    DropReason.TITLE_REPEATED: "doublon du titre",
    DropReason.TITLE_REPEATED_START: "doublon du titre (répété en début de paragraphe)",
    DropReason.METADATA: "utilisée comme métadonnée : {fields}",
    DropReason.DATELINE_REPEAT: "ligne de date ; déjà relevée sur une ligne précédente",
    DropReason.BYLINE_REPEAT: "signature ; métadonnées déjà relevées",
    DropReason.RELATIVE_DATE: "date relative : la date de publication ne peut pas en être tirée",
    DropReason.UPDATE_TIME: "heure de mise à jour : pas retenue comme date de publication",
    DropReason.SEPARATOR: "aucun mot (ligne de séparation)",
    DropReason.TRAILER_LINK: "lien ou bouton de fin de page",
    DropReason.IMAGE: "nom de fichier d’image",
    DropReason.NAVIGATION: "menu de navigation du site",
    DropReason.KICKER: "rubrique au-dessus du titre",
    DropReason.PAGE_TITLE: "titre de la page web : le titre avec le nom du site ou de la rubrique",
    DropReason.PAGE_TRAILER: "fin de page web (liens connexes, commentaires)",
    DropReason.PAGE_FURNITURE: "habillage de page web (partage, publicité, temps de lecture)",
    DropReason.PAGE_NOTICE: "mention de page web (abonnement, droits, modèle wiki)",
    DropReason.FRONT_MATTER: "métadonnées de l’éditeur (en-tête YAML)",
    DropReason.BAD_FRONT_MATTER: "en-tête YAML invalide, ignoré",
}


def french_reason(d: DroppedLine) -> str:
    """Why the cleaner dropped a line, in French (the English reason when it has no code)."""
    if d.code is None:
        return d.reason
    fields = ", ".join(FIELD_LABELS.get(f, f).lower() for f in d.detail)
    return DROP_REASONS[d.code].format(*d.detail, fields=fields)
