"""French wording on the pages: dates with their precision, the cleaner's reasons."""

from __future__ import annotations

from briefing.model import DropReason, DroppedLine
from briefing.render.french import DROP_REASONS, format_date, french_reason, month_title


def test_dates_keep_their_precision():
    assert format_date("2013-06-02") == "2 juin 2013"
    assert format_date("2013-06-01") == "1er juin 2013"
    assert format_date("2021-07") == "juillet 2021"
    assert format_date("2021") == "2021"
    assert format_date(None) == "inconnue"
    assert month_title("2021-07") == "Juillet 2021"
    assert month_title("inconnue") == "Date inconnue"


def test_cleaner_reasons_read_in_french():
    meta = DroppedLine.of("dateline", "Paris, 2 juin 2013 (AFP)", DropReason.METADATA, 1, ("date", "time", "agency"))
    assert meta.reason == "used as metadata: date, time, agency"  # English in the export
    assert french_reason(meta) == "utilisée comme métadonnée : date, heure, agence"
    dup = DroppedLine.of("duplicate", "Un paragraphe répété.", DropReason.REPEATED_START, 9, ("p3",))
    assert dup.reason == "duplicate of p3 (repeated at the start of a paragraph)"
    assert french_reason(dup) == "doublon de p3 (répété en début de paragraphe)"
    nav = DroppedLine.of("navigation", "Accueil Monde", DropReason.NAVIGATION, 2)
    assert french_reason(nav) == "menu de navigation du site"
    # a line without a code (an older record) keeps its English reason
    assert french_reason(DroppedLine("navigation", "x", "a reason nobody translated", 3)) == "a reason nobody translated"


def test_every_reason_code_has_a_french_label():
    assert set(DROP_REASONS) == set(DropReason)


def test_a_line_repeating_the_title_reads_as_such():
    from briefing.ingest.clean import clean_text

    c = clean_text("Pékin et Washington se parlent\nLes deux pays ont repris le dialogue sur la cybersécurité mardi à Pékin.\n"
                   "Pékin et Washington se parlent\n")
    (d,) = c.dropped
    assert d.reason == "duplicate of the title"  # the English wording of the export is unchanged
    assert french_reason(d) == "doublon du titre"
