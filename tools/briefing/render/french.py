"""French wording for dates and field names."""

from __future__ import annotations

MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)

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
