"""Saved web pages: main text and metadata with trafilatura, then the cleaner."""

from __future__ import annotations

from briefing.ingest import read_corpus

PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Cyberattaques : Washington accuse Pékin | Le Quotidien</title>
<meta property="og:title" content="Cyberattaques : Washington accuse Pékin">
<meta property="og:site_name" content="Le Quotidien">
<meta name="author" content="Jeanne Martin">
<meta property="article:published_time" content="2021-07-19T18:30:00+02:00">
</head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article>
<h1>Cyberattaques : Washington accuse Pékin</h1>
<p>Les États-Unis et leurs principaux alliés accusent la Chine d’avoir mené des cyberattaques qui menacent leur sécurité, une première pour un tel groupe de pays.</p>
<p>Le secrétaire d’État américain accuse le ministère chinois de la Sécurité d’avoir favorisé un écosystème de pirates informatiques criminels sous contrat.</p>
<p>Selon les Américains, les pirates chinois utilisent pas moins de cinquante techniques différentes pour mener leurs activités malveillantes et extorquer des rançons.</p>
<p>À lire aussi</p>
</article>
<footer>Tous droits réservés</footer>
</body></html>
"""


def test_html_page_metadata_and_text(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    articles, problems = read_corpus(tmp_path)
    assert problems == []
    (a,) = articles
    assert a.title == "Cyberattaques : Washington accuse Pékin"
    assert (a.date, a.date_precision) == ("2021-07-19", "day")
    assert a.authors == ("Jeanne Martin",)
    assert a.outlet == "Le Quotidien"
    for name in ("title", "date", "authors", "outlet"):
        assert a.provenance_of(name) == "extracted"
    texts = [p.text for p in a.paragraphs]
    assert texts[0].startswith("Les États-Unis et leurs principaux alliés")
    assert a.paragraphs[0].kind == "lead"
    assert not any("lire aussi" in t.lower() or "Accueil" in t for t in texts)


def test_html_without_text_is_unreadable(tmp_path):
    (tmp_path / "vide.html").write_text("<html><body><nav>Accueil</nav></body></html>", encoding="utf-8")
    articles, problems = read_corpus(tmp_path)
    assert articles == []
    assert [p.kind for p in problems] == ["unreadable"] and problems[0].location.endswith("vide.html")
