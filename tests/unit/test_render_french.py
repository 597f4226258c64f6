"""French wording on the pages: dates with their precision, the cleaner's reasons."""

from __future__ import annotations

from briefing.render.french import format_date, french_reason, month_title


def test_dates_keep_their_precision():
    assert format_date("2013-06-02") == "2 juin 2013"
    assert format_date("2013-06-01") == "1er juin 2013"
    assert format_date("2021-07") == "juillet 2021"
    assert format_date("2021") == "2021"
    assert format_date(None) == "inconnue"
    assert month_title("2021-07") == "Juillet 2021"
    assert month_title("inconnue") == "Date inconnue"


def test_cleaner_reasons_read_in_french():
    assert french_reason("used as metadata: date, time, agency") == (
        "utilisée comme métadonnée : date, heure, agence"
    )
    assert french_reason("duplicate of p3") == "doublon de p3"
    assert french_reason("site navigation menu") == "menu de navigation du site"
    assert french_reason("a reason nobody translated") == "a reason nobody translated"
