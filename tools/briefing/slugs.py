"""ASCII slugs for names that become file names, labels and BibTeX keys."""

from __future__ import annotations

import re
import unicodedata


def ascii_slug(text: str, keep: str = "") -> str:
    """Lower-case ASCII words joined by "-"; characters in ``keep`` survive too.

    Accents are dropped ("Pékin" → "pekin"); anything else becomes a "-".
    Returns "" when nothing is left.
    """
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(rf"[^a-z0-9{re.escape(keep)}]+", "-", text).strip("-" + keep)
