"""The cleaner on real input: the five seeds and a sample of Wikinews.

The invariant (nothing silently lost): every non-blank input line ends in the
title, in paragraphs, or in dropped entries, and the words of those pieces are
exactly the words of the line (a line split in two keeps both parts).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

from briefing.ingest import article_id, read_article, read_corpus
from briefing.ingest.decode import decode_bytes
from briefing.model import DropReason
from briefing.ingest.lines import boilerplate_reason, caption_reason, is_image, is_navigation

_WORDS = re.compile(r"\w+")


def words(text: str) -> Counter:
    return Counter(w.lower() for w in _WORDS.findall(text))


def assert_nothing_lost(path: Path, article) -> None:
    text, _ = decode_bytes(path.read_bytes())
    lines = {n: line.strip() for n, line in enumerate(text.split("\n"), start=1) if line.strip()}
    pieces: dict[int, list[str]] = {}
    for p in article.paragraphs:
        pieces.setdefault(p.line, []).append(p.text)
    for d in article.dropped:
        pieces.setdefault(d.line, []).append(d.text)
    assert set(pieces) <= set(lines), f"{path.name}: pieces point to blank or missing lines"
    title_lines = [n for n, line in lines.items() if n not in pieces]
    for n in title_lines:  # a line kept nowhere else can only be the headline
        assert words(lines[n]) == words(article.title or ""), f"{path.name}:{n} lost: {lines[n]!r}"
    assert len(title_lines) <= 1
    for n, got in pieces.items():
        assert words(" ".join(got)) == words(lines[n]), f"{path.name}:{n}: {lines[n]!r} != {got!r}"


@pytest.fixture(scope="module")
def seeds(seeds_dir):
    articles, problems = read_corpus(seeds_dir)
    assert problems == []
    return {a.id[:3]: a for a in articles}


def test_every_seed_line_is_kept_somewhere(seeds_dir, seeds):
    for a in seeds.values():
        assert_nothing_lost(seeds_dir / a.source, a)


def test_no_furniture_reaches_a_body(seeds):
    for a in seeds.values():
        for p in a.paragraphs:
            if p.kind in ("lead", "body"):
                assert not is_image(p.text), (a.id, p.text)
                assert not is_navigation(p.text), (a.id, p.text)
                assert boilerplate_reason(p.text) is None, (a.id, p.text)
                assert caption_reason(p.text, after_image=False) is None, (a.id, p.text)
                assert "(Photo" not in p.text and not p.text.endswith("(AFP)")


def kinds(article) -> list[str]:
    return [p.kind for p in article.paragraphs]


def dropped(article, kind: str) -> list[str]:
    return [d.text for d in article.dropped if d.kind == kind]


def test_seed_000_navigation_subheadings_trailer(seeds):
    a = seeds["000"]
    assert a.title == "Blinken met en garde Pékin contre les pirates informatiques"
    assert a.provenance_of("title") == "extracted"
    assert dropped(a, "navigation") == ["Accueil Actu Monde International"]
    assert dropped(a, "boilerplate") == ["À lire aussi", "Sélectionné pour vous"]
    assert [p.text for p in a.paragraphs if p.kind == "subheading"] == [
        "Echec sur le dialogue entre armées", "Lutte contre le fentanyl",
    ]
    assert kinds(a)[0] == "lead" and kinds(a).count("lead") == 1
    # the text gives no date: seeds/metadata.yaml does ("2023-07")
    assert (a.date, a.provenance_of("date")) == ("2023-07", "editor")
    assert a.authors == () and a.agency is None  # nothing in the text names them


def test_seed_001_derived_title_duplicates_caption_byline(seeds):
    a = seeds["001"]
    assert a.provenance_of("title") == "derived"
    assert a.title.startswith("Les chefs de la diplomatie américaine et chinoise Antony Blinken et Wang Yi")
    assert not a.title.endswith(".") and len(a.title) <= 160
    texts = [p.text for p in a.paragraphs]
    assert len(texts) == len(set(texts)) == 11  # the repeated body appears once
    dups = [d for d in a.dropped if d.kind == "duplicate"]
    assert len(dups) == 10 and all(re.fullmatch(r"duplicate of p\d+", d.reason) for d in dups)
    assert [d.line for d in dups] == list(range(13, 23))
    captions = [p.text for p in a.paragraphs if p.kind == "caption"]
    assert captions == [
        "La rencontre entre Antony Blinken et Wang Yi a eu lieu en marge d'une réunion de l'Association des "
        "nations de l'Asie du Sud-Est, l'Asean. (AFP)"
    ]
    assert a.authors == ("Georges Haddad",) and a.agency == "AFP"
    assert dropped(a, "byline") == ["Georges Haddad, avec AFP"] * 2
    assert dropped(a, "boilerplate") == ["Lire aussi", "Commentaires"]


def test_seed_002_dateline_teaser_subheadings_correspondents(seeds):
    a = seeds["002"]
    assert (a.date, a.date_precision, a.provenance_of("date")) == ("2021-07", "month", "extracted")
    line1 = [d for d in a.dropped if d.line == 1]
    assert [(d.kind, d.text) for d in line1] == [("dateline", "date 2021-07")]
    assert "date" in line1[0].reason and line1[0].reason.startswith("used as metadata")
    lead = a.paragraphs[0]
    assert lead.kind == "lead" and lead.line == 1 and lead.text.startswith("Antony Blinken dénonce un comportement")
    repeat = [d for d in a.dropped if d.kind == "duplicate"]
    assert len(repeat) == 1 and repeat[0].reason.startswith("duplicate of p1") and repeat[0].line == 9
    assert any(p.line == 9 and p.text.startswith("Selon les Américains") for p in a.paragraphs)
    assert [p.text for p in a.paragraphs if p.kind == "subheading"] == [
        "Aucune sanction annoncée pour le moment contre Pékin", "Condamnations de l’Otan et de l’UE",
    ]
    assert a.authors == ("Anne Corpet", "Pierre Benazet")
    assert a.provenance_of("title") == "derived"
    assert any("rapporte notre correspondant à Bruxelles, Pierre Benazet" in p.text for p in a.paragraphs)


@pytest.mark.parametrize(
    "key, date, time, place, caption_start",
    [("003", "2014-07-02", "19:37:50", "Washington", "éricain John Kerry"),
     ("004", "2013-06-02", "16:01:44", "New York", "étaire américain")],
)
def test_seeds_003_004_image_caption_dateline(seeds, key, date, time, place, caption_start):
    a = seeds[key]
    assert a.provenance_of("title") == "extracted"
    assert (a.date, a.date_precision, a.time, a.place, a.agency) == (date, "day", time, place, "AFP")
    assert a.authors == ()  # the photographer is not an author
    assert len(dropped(a, "image")) == 1 and dropped(a, "image")[0].endswith(".jpg")
    assert kinds(a)[:2] == ["caption", "lead"]
    assert a.paragraphs[0].text.startswith(caption_start) and a.paragraphs[0].text.endswith(")")
    assert [d.reason for d in a.dropped if d.kind == "dateline"] == ["used as metadata: date, time, place, agency"]


def test_language_is_derived(seeds):
    assert all(a.language == "fr" and a.provenance_of("language") == "derived" for a in seeds.values())


def test_paragraph_ids_follow_order(seeds):
    for a in seeds.values():
        assert [p.id for p in a.paragraphs] == [f"p{i}" for i in range(1, len(a.paragraphs) + 1)]
        assert [p.line for p in a.paragraphs] == sorted(p.line for p in a.paragraphs)


# --- Wikinews (../shared/corpora: slow) ----------------------------------------------------


@pytest.fixture(scope="module")
def wikinews_sample(wikinews_dir):
    rows = list(csv.DictReader((wikinews_dir / "metadata.csv").open(encoding="utf-8")))
    return rows[::8]


@pytest.mark.slow
def test_wikinews_sample_loses_nothing_and_matches_metadata(wikinews_dir, wikinews_sample):
    title_ok = date_ok = 0
    for row in wikinews_sample:
        path = wikinews_dir / row["file"]
        a, problems = read_article(path, article_id(path.stem), row["file"])
        assert problems == []
        assert_nothing_lost(path, a)
        title_ok += a.title == row["title"]
        date_ok += a.date == row["date"]
        assert a.date_precision in ("day", None)
    assert title_ok / len(wikinews_sample) >= 0.98
    assert date_ok / len(wikinews_sample) >= 0.98


@pytest.mark.slow
def test_wikinews_dateline_with_time(wikinews_dir):
    a, _ = read_article(wikinews_dir / "2016/2016_01_01-001.txt", "x", "2016/2016_01_01-001.txt")
    assert (a.title, a.date, a.date_precision, a.time) == ("France : attaque à Valence (Drôme)", "2016-01-01", "day", "14:30")
    assert [d.text for d in a.dropped] == ["1er janvier 2016, 14h30 . –"]
    assert a.paragraphs[0].kind == "lead" and a.paragraphs[0].text.startswith("Un homme, d'origine maghrébine")


@pytest.mark.slow
def test_wikinews_trailer_and_related_links(wikinews_dir):
    a, _ = read_article(wikinews_dir / "2016/2016_07_06-001.txt", "x", "2016/2016_07_06-001.txt")
    related = [d for d in a.dropped if d.kind == "boilerplate"]
    assert related[0].text == "Sur le même sujet Tour de France 2016"
    assert all(d.text.startswith("Tour de France 2016 :") for d in related[1:])
    assert a.date == "2016-07-06" and a.paragraphs[0].kind == "lead"


# --- other house styles -------------------------------------------------------------------

NEWSPAPER_PAGE = """Crise diplomatique
Turquie : Ankara menace de bloquer l’adhésion de la Suède à l’OTAN
Le président turc a durci le ton, mardi, après une manifestation à Stockholm au cours de laquelle un exemplaire du Coran a été brûlé.
Par Marie Jégo
Publié le 24 janvier 2023 à 11h02 - Mis à jour le 24 janvier 2023 à 18h40
Lecture 3 min.
Le président turc, Recep Tayyip Erdogan, à Ankara, le 23 janvier 2023. ADEM ALTAN / AFP
Le président turc, Recep Tayyip Erdogan, a prévenu mardi 24 janvier que la Suède ne devait plus compter sur le soutien d’Ankara pour son adhésion à l’OTAN.
« Ceux qui ont permis une telle infamie devant notre ambassade ne peuvent plus attendre de bienveillance de notre part », a-t-il déclaré.
Lire aussi | Article réservé à nos abonnés La Suède et la Finlande face au veto turc
Une réponse attendue à Stockholm
La diplomatie suédoise a dit « comprendre la colère » mais a rappelé que la liberté d’expression était protégée par la Constitution du royaume.
Le Monde avec AFP
Partager
Newsletter
"""

WIRE_COPY = """La Banque de France relève sa prévision de croissance

PARIS, 12 mars (Reuters) - La Banque de France a relevé mardi sa prévision de croissance pour cette année, citant une meilleure résistance de la consommation des ménages.

L'institution table désormais sur une croissance de 0,8 %, contre 0,6 % auparavant, selon ses projections trimestrielles publiées mardi.

(Reportage Jean Dupont, édité par Marc Durand)
"""


def test_newspaper_house_style(tmp_path):
    path = tmp_path / "journal.txt"
    path.write_text(NEWSPAPER_PAGE, encoding="utf-8")
    a, _ = read_article(path, "journal", "journal.txt")
    assert_nothing_lost(path, a)
    assert a.title == "Turquie : Ankara menace de bloquer l’adhésion de la Suède à l’OTAN"
    assert (a.date, a.date_precision, a.time) == ("2023-01-24", "day", "11:02")  # published, not updated
    assert a.authors == ("Marie Jégo",)
    assert (a.outlet, a.agency) == ("Le Monde", "AFP")  # the outlet signs the copy: knowable
    assert [p.kind for p in a.paragraphs] == ["lead", "caption", "body", "body", "subheading", "body"]
    reasons = {d.text: (d.kind, d.reason) for d in a.dropped}
    assert reasons["Crise diplomatique"] == ("navigation", "section label above the headline")
    assert reasons["Mis à jour le 24 janvier 2023 à 18h40"][1].startswith("update time")
    assert reasons["Lecture 3 min."][0] == "boilerplate"


def test_wire_copy_house_style(tmp_path):
    path = tmp_path / "depeche.txt"
    path.write_text(WIRE_COPY, encoding="utf-8")
    a, _ = read_article(path, "depeche", "depeche.txt")
    assert_nothing_lost(path, a)
    assert (a.place, a.agency, a.authors) == ("Paris", "Reuters", ("Jean Dupont",))
    assert a.date is None  # "12 mars" without a year: never guessed
    assert a.paragraphs[0].text.startswith("La Banque de France a relevé mardi")


def test_a_bare_date_is_a_dateline_only_above_the_text_or_at_the_end(tmp_path):
    path = tmp_path / "a.txt"
    body = "Le conseil municipal a voté le budget après un long débat sur les investissements prévus."
    path.write_text(f"Le budget voté\n\nMardi 12 mars 2019\n\n{body}\n\n2016\n\n{body} Fin.\n", encoding="utf-8")
    a, _ = read_article(path, "a", "a.txt")
    assert (a.date, a.date_precision) == ("2019-03-12", "day")
    assert any(p.text == "2016" for p in a.paragraphs)  # a year inside the text is text
    path.write_text(f"Le budget voté\n\n{body}\n\n{body} Fin.\n\nParis, le 3 avril 2019\n", encoding="utf-8")
    a, _ = read_article(path, "a", "a.txt")
    assert (a.date, a.place) == ("2019-04-03", "Paris")


def test_headline_below_a_dateline_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "Publié le 03/11/2020 à 18:30\nPar Jeanne Martin\nLa mairie lance un plan vélo\n\n"
        "La mairie a présenté lundi un plan de deux cents kilomètres de pistes cyclables d’ici à 2026.\n",
        encoding="utf-8",
    )
    a, _ = read_article(path, "a", "a.txt")
    assert (a.title, a.provenance_of("title")) == ("La mairie lance un plan vélo", "extracted")
    assert (a.date, a.time, a.authors) == ("2020-11-03", "18:30", ("Jeanne Martin",))


def test_markdown_file_with_heading_and_front_matter(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(
        "---\noutlet: Le Quotidien\n---\n# La mairie lance un plan vélo\n\n"
        "La mairie a présenté lundi un plan de deux cents kilomètres de pistes cyclables d’ici à 2026.\n\n"
        "## Les quartiers concernés\n\n"
        "Les premiers travaux commenceront au printemps dans les quartiers nord, selon l’adjoint chargé des mobilités.\n",
        encoding="utf-8",
    )
    a, _ = read_article(path, "note", "note.md")
    assert_nothing_lost(path, a)
    assert a.title == "La mairie lance un plan vélo" and a.outlet == "Le Quotidien"
    assert [(p.kind, p.text) for p in a.paragraphs if p.kind == "subheading"] == [("subheading", "Les quartiers concernés")]


def test_a_body_paragraph_opening_with_a_date_is_text(tmp_path):
    path = tmp_path / "a.txt"
    body = "Le conseil municipal a voté le budget après un long débat sur les investissements prévus."
    middle = "\n\n".join(f"{body} Point {i}." for i in range(8))  # below the top of the article
    path.write_text(
        f"Le budget voté\n\n{middle}\n\n3 juin 2016 – la première pierre a été posée devant les élus.\n\n{body} Fin.\n",
        encoding="utf-8",
    )
    a, _ = read_article(path, "a", "a.txt")
    assert a.date is None
    assert any(p.text.startswith("3 juin 2016 – la première pierre") for p in a.paragraphs)


# --- issue 8: headlines with a kicker or punctuation inside stay whole ----------------------

_BODY = "Les enseignants ont manifesté mardi dans plusieurs villes pour dénoncer la réforme des lycées et des examens."


@pytest.mark.parametrize("headline", [
    "Éducation. Ces « stylos rouges » qui veulent se faire entendre…",
    "Droits. La liberté de manifester en question",
    "Faut-il avoir peur ? Les experts répondent sur la réforme",
    "Grève ! Les lycées fermés jusqu'à lundi",
    "Ils l'ont fait… La réforme adoptée en première lecture",
])
def test_headline_with_kicker_or_inner_punctuation_stays_whole(tmp_path, headline):
    path = tmp_path / "a.txt"
    path.write_text(f"{headline}\n\n{_BODY}\n\n{_BODY} Suite.\n", encoding="utf-8")
    a, _ = read_article(path, "a", "a.txt")
    assert (a.title, a.provenance_of("title")) == (headline, "extracted")
    assert_nothing_lost(path, a)


# A web page gives its headline twice: the page title (often with the site's
# name after a dash or a bar), then the heading; menus and labels stand above.
_LONG = (
    "Le feu a pris vers trois heures du matin dans un bâtiment de stockage de la zone "
    "industrielle, et les pompiers ont lutté toute la nuit pour le maîtriser."
)


@pytest.mark.parametrize("top, page_title", [
    (["Aller au contenu principal", "Édition du soir",
      "Un incendie ravage un entrepôt près de Lyon – Le Courrier du Rhône", "Faits divers",
      "Un incendie ravage un entrepôt près de Lyon"],
     "Un incendie ravage un entrepôt près de Lyon – Le Courrier du Rhône"),
    (["Les plus populaires", "Abonnés", "Un incendie ravage un entrepôt près de Lyon",
      "Un incendie ravage un entrepôt près de Lyon"],
     None),
    (["Menu", "Un incendie ravage un entrepôt près de Lyon | Le Courrier",
      "Un incendie ravage un entrepôt près de Lyon"],
     "Un incendie ravage un entrepôt près de Lyon | Le Courrier"),
])
def test_a_headline_given_twice_is_the_title_and_the_labels_above_are_navigation(tmp_path, top, page_title):
    path = tmp_path / "a.txt"
    path.write_text("\n\n".join(top + [_LONG, _LONG + " Suite."]) + "\n", encoding="utf-8")
    a, _ = read_article(path, "a", "a.txt")
    assert (a.title, a.provenance_of("title")) == ("Un incendie ravage un entrepôt près de Lyon", "extracted")
    assert [p.text for p in a.paragraphs][0] == _LONG
    pages = [d.text for d in a.dropped if d.code is DropReason.PAGE_TITLE]
    assert pages == ([page_title] if page_title else [])
    assert_nothing_lost(path, a)


def test_a_page_title_below_the_heading_is_dropped_and_a_dash_inside_the_headline_stays():
    from briefing.ingest.clean import clean_text

    head = "Ukraine – Russie : les pourparlers reprennent à Genève"
    a = clean_text(f"{head}\n\n{head} - La Gazette\n\n{_LONG}\n")
    assert a.title == head
    assert [(d.text, d.code) for d in a.dropped] == [(f"{head} - La Gazette", DropReason.PAGE_TITLE)]
    assert [p.text for p in a.paragraphs] == [_LONG]


@pytest.mark.parametrize("text", [
    # the first line is the headline when nothing repeats it
    "Un incendie ravage un entrepôt près de Lyon\n\nFaits divers\n\n{long}\n",
    # a long dash tail is not a site's name; a sentence before the repeat ends the search
    "Un incendie ravage un entrepôt – et les pompiers luttent toute la nuit contre les flammes\n\n"
    "Un incendie ravage un entrepôt\n\n{long}\n",
    "{long}\n\nUn incendie ravage un entrepôt près de Lyon\n\nUn incendie ravage un entrepôt près de Lyon\n",
    # a teaser given twice below the headline is not the headline
    "Le récit : à Lyon, une nuit de lutte contre les flammes dans la zone industrielle\n\nAbonnés\n\n"
    "• Un entrepôt en feu et des pompiers épuisés...\n\n    Un entrepôt en feu et des pompiers épuisés...\n\n{long}\n",
])
def test_without_a_repeated_headline_the_first_line_rule_holds(text):
    from briefing.ingest.clean import clean_text

    a = clean_text(text.format(long=_LONG))
    first = text.format(long=_LONG).split("\n")[0]
    if first == _LONG:
        assert a.title_source == "derived"
    else:
        assert a.title == first
    assert not [d for d in a.dropped if d.code is DropReason.PAGE_TITLE]


def test_only_an_article_without_headline_gets_a_derived_title(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"{_BODY}\n\n{_BODY} Suite.\n", encoding="utf-8")
    a, _ = read_article(path, "a", "a.txt")
    assert a.provenance_of("title") == "derived"


def test_derived_title_is_the_first_sentence_of_the_one_splitter():
    from briefing.ingest.metadata import derive_title

    # an acronym before the full stop ends the sentence; a quotation is not cut inside
    assert derive_title("Le vote a eu lieu à l'ONU. Il a été serré.") == "Le vote a eu lieu à l'ONU"
    assert derive_title("« Nous partons. Demain », a dit M. Durand. Puis il est sorti.") == (
        "« Nous partons. Demain », a dit M. Durand"
    )


@pytest.mark.parametrize("above", [
    "17h30 :",  # a time
    "Faits Divers.",  # a rubric
    "date 2018-08 Rives, Isère, France",  # a place line after a dateline
    "0",  # a figure
    "usine Seita de Carquefou, le 16 avril 2014 (Photo : Jean Durand) |",  # a caption cut from its start
])
def test_a_derived_title_passes_over_a_line_that_is_not_prose(above):
    from briefing.ingest.clean import clean_text

    body = "Les grévistes sont entrés dans la salle avec la ministre. Ils ont annoncé que la grève continuait."
    a = clean_text(f"{above}\n{body}\n")
    assert a.title_source == "derived"
    assert a.title == "Les grévistes sont entrés dans la salle avec la ministre"
    # the line stays in the text: nothing is lost
    assert above.removeprefix("date 2018-08 ") in " ".join(p.text for p in a.paragraphs)


def test_a_headline_loses_its_bullet_and_its_copy_is_dropped():
    from briefing.ingest.clean import clean_text

    line = "« La commission est devenue un instrument docile », Laurent Gbagbo"
    a = clean_text(f"• {line}\n\n{line}\n\nL'ex-président a lancé vendredi un appel au dialogue entre les partis.\n")
    assert (a.title, a.title_source) == (line, "extracted")
    assert [d.code for d in a.dropped] == [DropReason.TITLE_REPEATED]


def test_a_line_opening_in_lower_case_is_not_a_headline():
    from briefing.ingest.clean import clean_text

    a = clean_text("usine Seita de Carquefou, le 16 avril 2014 (Photo : Jean Durand)\n\n"
                   "[16/04/2014 12:03:39] Carquefou (France) (AFP) Au lendemain de l'annonce, les salariés "
                   "ont bloqué l'entrée de l'usine.\n")
    assert a.title_source == "derived"
    assert a.title == "Au lendemain de l'annonce, les salariés ont bloqué l'entrée de l'usine"
    # the dateline's place may be followed by its country in brackets
    assert (a.fields["date"], a.fields["place"], a.fields["agency"]) == ("2014-04-16", "Carquefou", "AFP")


def test_a_derived_title_keeps_a_short_sentence_of_prose():
    # (a guard) three words with one in lower case are a sentence a title can be
    from briefing.ingest.clean import clean_text

    a = clean_text("Retour du délestage. Trois coupures ont eu lieu mardi à Tana.\n")
    assert a.title == "Retour du délestage"


def test_a_repeated_opening_sentence_is_cut_off_and_the_quotation_after_it_kept_whole():
    text = (
        "Le ministre a présenté mardi un plan de relance de dix milliards d'euros pour l'industrie.\n\n"
        "Le ministre a présenté mardi un plan de relance de dix milliards d'euros pour l'industrie. "
        "« Il faut agir. Vite », a-t-il déclaré devant les députés réunis en séance.\n"
    )
    from briefing.ingest.clean import clean_text

    a = clean_text(text, known_title="Un plan de relance")
    assert [d.text for d in a.dropped if d.kind == "duplicate"] == [
        "Le ministre a présenté mardi un plan de relance de dix milliards d'euros pour l'industrie."
    ]
    assert [p.text for p in a.paragraphs if p.kind in ("lead", "body")] == [
        "Le ministre a présenté mardi un plan de relance de dix milliards d'euros pour l'industrie.",
        "« Il faut agir. Vite », a-t-il déclaré devant les députés réunis en séance.",
    ]


# A hard-wrapped text (a print, PDF or e-mail copy): lines cut at about 75 characters,
# paragraphs not separated by blank lines.
_WRAPPED = """Accueil chaleureux, sous les applaudissements nourris d'une population
heureuse de voir son maire nommé ministre dans le nouveau gouvernement. C'est
l'ambiance qui a prévalu hier à la mairie. Le ministre est retourné dans son
ancienne maison avec un message du président. « Le président me charge de
vous dire qu'il n'oubliera jamais notre commune. Nous avons souffert pendant la crise.
Mais le président nous demande de pardonner et de travailler ensemble à la
reconstruction du pays », a indiqué le ministre devant les agents municipaux.
Pour lui, l'urgence se trouve aujourd'hui dans la reconstruction du pays mais
aussi dans l'insertion de la jeunesse, qui attend des emplois depuis des années
et des an-
nées déjà.
"""


def test_a_hard_wrapped_text_is_joined_back_into_paragraphs():
    from briefing.ingest.clean import clean_text

    a = clean_text(_WRAPPED)
    texts = [p.text for p in a.paragraphs]
    # a quotation cut over four lines, a sentence's end inside it included, is one paragraph
    quoted = next(t for t in texts if "« Le président me charge" in t)
    assert "crise. Mais le président nous demande" in quoted and quoted.endswith("agents municipaux.")
    assert texts[-1].endswith("depuis des années et des an-nées déjà.")  # every character kept
    assert [p.line for p in a.paragraphs] == [1, 8]
    assert a.title_source == "derived"  # no headline line: the lead's first sentence
    kept = " ".join(texts + [d.text for d in a.dropped])
    assert words(kept) == words(_WRAPPED)


def test_a_text_wrapped_in_narrow_columns_is_joined_back_too():
    # a newspaper column copied line by line: about 25 characters a line
    from briefing.ingest.clean import clean_text

    text = "\n".join([
        "Les joueurs du club local", "ont été battus samedi au", "stade municipal par leurs",
        "voisins dans le cadre du", "premier tour de la coupe.", "« On a perdu mais le",
        "mérite revient aux jeunes", "qui ont tout donné sur le", "terrain », a déclaré",
        "l'entraîneur Paul Giraud", "après la rencontre.",
    ])
    a = clean_text(text)
    texts = [p.text for p in a.paragraphs]
    assert "« On a perdu mais le mérite revient aux jeunes qui ont tout donné sur le terrain », a déclaré " \
        "l'entraîneur Paul Giraud après la rencontre." in texts
    assert words(" ".join(texts + [d.text for d in a.dropped])) == words(text)


def test_a_text_with_one_paragraph_a_line_is_not_joined():
    # (a guard) long lines that end their sentences, and short headings: nothing to join
    from briefing.ingest.clean import clean_text

    text = "\n".join([
        "Les pompiers ont lutté toute la nuit contre un incendie dans la zone industrielle.",
        "Un bilan",
        "Le feu a pris vers trois heures du matin dans un bâtiment de stockage de la zone.",
        "Les habitants du quartier ont été évacués par précaution pendant plusieurs heures.",
        "Aucun blessé n'est à déplorer, selon la préfecture, qui a ouvert une enquête.",
        "Les causes de l'incendie ne sont pas encore connues à cette heure de la matinée.",
        "Le maire s'est rendu sur place dès les premières heures pour rencontrer les familles.",
    ])
    a = clean_text(text)
    assert len(a.paragraphs) + len(a.dropped) + (a.title_source == "extracted") == 7


@pytest.mark.parametrize("top", [
    # a line of the page's header block, then a section label on the next line, then, after a
    # blank line, the headline standing alone
    "L'article provient du Courrier régional\nSociété",
    "Votre annonce ici avec RégieMédias\nRéservé aux abonnés",
])
def test_a_header_line_above_a_label_and_a_lone_headline_is_not_the_headline(top):
    from briefing.ingest.clean import clean_text

    head = "Grève des bus : voici les priorités de la nouvelle mairesse"
    a = clean_text(f"{top}\n\n{head}\n\n{_LONG}\n")
    assert a.title == head
    assert top.split("\n")[0] in [d.text for d in a.dropped]  # (dropped as navigation, not lost)


@pytest.mark.parametrize("text", [
    # (guards) the headline above a label and its repeat glued to the site's name; a headline
    # with its chapô in the same block
    "Le Luxembourg refuse l'abattoir\nPublié\n\nLe Luxembourg refuse l'abattoir, dit le ministre\n\n{long}\n",
    "Un incendie ravage un entrepôt près de Lyon\nPar Jean Morel\n\nLes pompiers épuisés au petit matin\n\n{long}\n",
])
def test_a_headline_above_a_label_stays_the_headline_when_the_next_block_repeats_it_or_the_label_is_a_byline(text):
    from briefing.ingest.clean import clean_text

    a = clean_text(text.format(long=_LONG))
    assert a.title == text.split("\n")[0]


def test_a_page_title_with_the_section_name_first_is_dropped_for_the_bare_headline():
    # "Rubrique : Titre" then "Titre": the copy with the section's name before it is the web
    # page's title; the bare line is the headline
    from briefing.ingest.clean import clean_text

    head = "L'homme arrêté au café « voulait qu’on parle de lui », d'après la police"
    a = clean_text(f"Nouvelles générales : {head}\n\n{head}\n\nUn homme a été arrêté mardi dans un café du centre-ville.\n")
    assert (a.title, a.title_source) == (head, "extracted")
    assert [(d.text, d.code) for d in a.dropped] == [(f"Nouvelles générales : {head}", DropReason.PAGE_TITLE)]


def test_a_page_title_with_the_section_name_and_a_chevron_is_dropped():
    # "Nouvelle de 19 h > Titre", "Nouvelle de 19 h", "Titre": the breadcrumb's page title
    from briefing.ingest.clean import clean_text

    head = "Un opposant confiant de réunir les signatures requises"
    a = clean_text(f"Nouvelle de 19 h > {head}\nNouvelle de 19 h\n\n{head}\n\nL'opposant a tenu un meeting mardi soir.\n")
    assert (a.title, a.title_source) == (head, "extracted")
    assert (f"Nouvelle de 19 h > {head}", DropReason.PAGE_TITLE) in [(d.text, d.code) for d in a.dropped]


def test_a_kicker_headline_given_once_stays_whole():
    # (a guard) "Justice : Titre" with no bare copy is the headline, its kicker included
    from briefing.ingest.clean import clean_text

    a = clean_text("Justice : le procès de l'incendie s'ouvre à Lyon\n\nLe procès s'est ouvert mardi devant la cour.\n")
    assert a.title == "Justice : le procès de l'incendie s'ouvre à Lyon"


def test_a_breadcrumb_before_the_headline_is_navigation():
    # "Actualités :: Ouagadougou : Un centre-ville mort …": the double colon separates the
    # page's breadcrumb from the headline, whose own kicker stays
    from briefing.ingest.clean import clean_text

    a = clean_text("Actualités :: Ouagadougou : Un centre-ville mort, mais la vie continue\n\n"
                   "Après les tirs de l'après-midi, le centre-ville est resté fermé.\n")
    assert a.title == "Ouagadougou : Un centre-ville mort, mais la vie continue"
    assert [(d.text, d.code) for d in a.dropped] == [("Actualités ::", DropReason.NAVIGATION)]


def test_a_link_with_an_arrow_above_the_headline_is_navigation():
    # "<< Les dernières actualités de Besançon": a link back, above the headline; a quotation in
    # ASCII marks has both of them and stays
    from briefing.ingest.clean import clean_text

    a = clean_text("<< Les dernières actualités de Besançon\n"
                   "\"Le cannabis, c'est naturel!\", à Montbéliard\n"
                   "Le jeune homme jugé cette semaine par le tribunal a-t-il fait preuve de mauvaise foi ?\n"
                   "Article suivant →\n")
    assert a.title == "\"Le cannabis, c'est naturel!\", à Montbéliard"
    assert [(d.text, d.code) for d in a.dropped] == [
        ("<< Les dernières actualités de Besançon", DropReason.NAVIGATION), ("Article suivant →", DropReason.NAVIGATION)]
    b = clean_text("<<Non à la fermeture de l'usine>>\n\nLes salariés ont manifesté devant le site mardi matin.\n")
    assert b.title == "<<Non à la fermeture de l'usine>>"


@pytest.mark.parametrize("top", [
    # labels of one to three words stacked above the headline, the next ones not headlines
    # themselves (too short, or in lower case); a feed's posts with their links above it
    "Vous êtes ici\n\nAbo\n\nVILLE\n\n",
    "Sécurité\n\njournée du sous-marin\n\n",
    "Fil info\n19:05 Un lecteur nous écrit que l'expression… https://t.co/AbCdEf\n12:40 On apprend que… https://t.co/XyZ\n\n",
])
def test_a_run_of_labels_or_links_above_the_headline_is_navigation(top):
    from briefing.ingest.clean import clean_text

    head = "Une journée pour découvrir les métiers de la mer"
    a = clean_text(f"{top}{head}\n\n{_LONG}\n")
    assert (a.title, a.title_source) == (head, "extracted")
    assert [d.text for d in a.dropped] == [line for line in top.split("\n") if line]  # dropped, not lost


def test_a_short_headline_over_its_standfirst_and_a_lead_is_not_a_label():
    # (a guard) a headline of three words, then the standfirst block: the first line is the
    # title when nothing longer that looks like a headline comes after the labels
    from briefing.ingest.clean import clean_text

    a = clean_text(f"Grève des bus\n\n{_LONG}\n\n{_LONG}\n")
    assert a.title == "Grève des bus"


def test_a_page_title_separator_left_after_the_headline_is_cut():
    # "Titre… |": the bar that separated the page title from the site's name
    from briefing.ingest.clean import clean_text

    a = clean_text(f"|\nPrès de Flers. Une toiture en flammes à cause d’un barbecue... |\n\n{_LONG}\n")
    assert a.title == "Près de Flers. Une toiture en flammes à cause d’un barbecue..."


def test_a_date_with_a_bar_and_an_empty_byline_above_the_headline_are_metadata():
    # "31 octobre 2025 |" ¶ "Ecrit par le 31 octobre 2025" ¶ headline: a page header's date and
    # a byline whose author the page left out are the date, never the headline
    from briefing.ingest.clean import clean_text

    head = "Ensemble du 5 au 26 juillet pour la 79e édition du festival"
    a = clean_text(f"31 octobre 2025 |\n\nEcrit par le 31 octobre 2025\n\n{head}\n\n{_LONG}\n")
    assert (a.title, a.title_source, a.fields.get("date")) == (head, "extracted", "2025-10-31")
    assert [d.text for d in a.dropped] == ["31 octobre 2025 |", "Ecrit par le 31 octobre 2025"]  # dropped, not lost


def test_a_headline_ending_on_a_date_is_still_the_headline():
    # (a guard) only a line that is a date alone (its bar aside) is a dateline
    from briefing.ingest.clean import clean_text

    a = clean_text(f"Grève générale du 5 décembre 2019\n\n{_LONG}\n")
    assert a.title == "Grève générale du 5 décembre 2019"


def test_a_row_of_header_pictures_above_the_headline_has_no_caption():
    # "bouton_facebook_35.png  bouton_twitter_35.png" above everything: the page's buttons; the
    # line after them is the headline, not a caption
    from briefing.ingest.clean import clean_text

    head = "Les réactions après le match de handball"
    a = clean_text(f"bouton_facebook_35.png  bouton_twitter_35.png  bouton_instagram_35.png\n\n{head}\n\n{_LONG}\n")
    assert (a.title, a.title_source) == (head, "extracted")


def test_a_single_picture_above_the_headline_keeps_its_caption():
    # (a guard) one picture, then a short line: its caption, as before
    from briefing.ingest.clean import clean_text

    a = clean_text(f"incendie.jpg\nLes pompiers sur place\n\nUn entrepôt détruit par le feu à Rouen\n\n{_LONG}\n")
    assert [p.text for p in a.paragraphs if p.kind == "caption"] == ["Les pompiers sur place"]


def test_a_date_written_in_english_above_the_headline_is_a_dateline():
    # "Lundi 27 May, 2019", "- 06 Jan 2016 14:59:19", "09 nov. 2012": a page template's date
    # in English words (or abbreviated) above a French text is the page's date, not its headline
    from briefing.ingest.clean import clean_text

    head = "Le carnaval de Cap-Haïtien est maintenu"
    for line, date in (("Lundi 27 May, 2019", "2019-05-27"), ("- 06 Jan 2016 14:59:19", "2016-01-06"),
                       ("09 nov. 2012, 00:01", "2012-11-09"), ("May 27, 2019", "2019-05-27")):
        a = clean_text(f"{line}\n\n{head}\n\n{_LONG}\n")
        assert (a.title, a.fields.get("date")) == (head, date), line
        assert [d.text for d in a.dropped] == [line]  # dropped, not lost


def test_an_english_month_inside_a_headline_is_no_dateline():
    # (a guard) "May" as a name, a date with words after it: the line stays the headline
    from briefing.ingest.clean import clean_text

    for head in ("Theresa May 2019 : la fin d'un mandat", "27 May 2019, le jour où tout a changé"):
        a = clean_text(f"{head}\n\n{_LONG}\n")
        assert (a.title, a.fields.get("date")) == (head, None)


def test_a_site_name_after_a_double_colon_closing_the_headline_is_cut():
    # "CAMEROUN :: Douala : Les commerçants sont inquiets :: CAMEROON": the breadcrumb before,
    # and the site's name after the same separator, are navigation
    from briefing.ingest.clean import clean_text

    a = clean_text(f"CAMEROUN :: Douala : Les commerçants sont inquiets :: CAMEROON\n\n{_LONG}\n")
    assert a.title == "Douala : Les commerçants sont inquiets"
    assert [d.text for d in a.dropped] == ["CAMEROUN ::", "CAMEROON"]


def test_a_breadcrumb_glued_onto_a_copy_of_the_headline_marks_the_headline_below():
    # "28.2 C" ¶ "Kinshasa" ¶ "Toute l'Actualité RDC, en Direct et en Détail" ¶
    # "AccueilActualitéSociétéTracasseries …" ¶ "Tracasseries …": the breadcrumb glued onto the
    # headline's copy; the headline is the line below it and the header above it is navigation
    from briefing.ingest.clean import clean_text

    head = "Tracasseries policières à Kinshasa : le marché étranglé avant les fêtes"
    a = clean_text(f"28.2 C\nKinshasa\n\nToute l'Actualité RDC, en Direct et en Détail\n\n"
                   f"AccueilActualitéSociété{head}\n\n{head}\n\n{_LONG}\n")
    assert (a.title, a.title_source) == (head, "extracted")
    assert [p.text for p in a.paragraphs] == [_LONG]
    assert len(a.dropped) == 4  # dropped, not lost


def test_a_headline_ending_like_the_line_below_it_with_a_space_is_no_breadcrumb():
    # (a guard) a line whose end is the next line after a space is not a glued breadcrumb:
    # the first line stays the headline
    from briefing.ingest.clean import clean_text

    a = clean_text(f"Journée de grève Les trains à l'arrêt\n\nLes trains à l'arrêt\n\n{_LONG}\n")
    assert a.title == "Journée de grève Les trains à l'arrêt"


def test_a_figure_with_its_unit_or_one_word_repeated_is_no_headline():
    # "28.2 C" (a weather widget), "Image Image Image" (pictures' alt texts): no words of a
    # headline, so the headline is looked for further on
    from briefing.ingest.lines import looks_like_headline

    assert not looks_like_headline("28.2 C")
    assert not looks_like_headline("Image Image Image Image")
    assert looks_like_headline("Message royal")  # (a guard) two words are enough
    assert looks_like_headline("Nice, nice, nice : la ville fête son club")


def test_a_date_a_bar_and_a_byline_below_a_short_headline():
    # "La crise frappe" ¶ "2008/11/14 | Par Jean Dupont": the date (year first, with slashes)
    # and the bar make the header line a dateline, so the short line above is the headline,
    # not a label above it; what follows the bar goes through the other rules (a byline)
    from briefing.ingest.clean import clean_text

    a = clean_text(f"La crise frappe\n\n2008/11/14 | Par Jean Dupont\n\n{_LONG}\n")
    assert (a.title, a.title_source, a.fields.get("date"), a.authors) == (
        "La crise frappe", "extracted", "2008-11-14", ["Jean Dupont"])
    assert [p.text for p in a.paragraphs] == [_LONG]


def test_a_bar_after_words_that_are_no_date_makes_no_dateline():
    # (a guard) "Grève | Le 12 mars 2021": the part before the bar is no date
    from briefing.ingest.lines import match_dateline

    assert match_dateline("Grève | Le 12 mars 2021") is None
    assert match_dateline("Culture | Un festival en 2021") is None


def test_a_signature_of_text_and_pictures_or_of_an_interview_is_a_byline():
    # "Textes et photo: Lena Vulliamy", "Propos recueillis par X": the authors' signature
    from briefing.ingest.lines import match_byline

    assert match_byline("Textes et photo: Lena Vulliamy").authors == ("Lena Vulliamy",)
    assert match_byline("Propos recueillis par Nadine Haltiner").authors == ("Nadine Haltiner",)
    assert match_byline("Texte : la loi du 3 mars 2021") is None  # (a guard) no name after it


def test_a_dateline_then_who_wrote_it_leaves_the_headline_below():
    # "Publié : 16 février 2025 à 14h43 par Stéphane David" ¶ "Montauban : Intervention du RAID
    # …": the date, then a byline in lower case; the headline is the line below, the byline
    # is no paragraph
    from briefing.ingest.clean import clean_text

    a = clean_text(f"Publié : 16 février 2025 à 14h43 par Stéphane David\n"
                   f"Montauban : Intervention du RAID pour interpeller un forcené\n{_LONG}\n")
    assert (a.title, a.title_source, a.fields.get("date"), a.authors) == (
        "Montauban : Intervention du RAID pour interpeller un forcené", "extracted", "2025-02-16", ["Stéphane David"])
    assert [p.text for p in a.paragraphs] == [_LONG]


def test_a_dateline_then_words_that_are_no_byline_closes_the_headline_search():
    # (a guard) "Publié le 16 février 2025 par temps de pluie": "par" and no name is no byline
    from briefing.ingest.clean import clean_text

    a = clean_text(f"Publié le 16 février 2025 par temps de pluie\nMontauban : le RAID intervient\n{_LONG}\n")
    assert a.authors == [] and a.title_source == "derived"


def test_a_headline_with_two_kickers_that_are_names_stays_whole():
    # "La Roche-sur-Yon. Les Halles. « … » tirent leur révérence": two kickers, names with their
    # article; a headline of two sentences stays none
    from briefing.ingest.lines import looks_like_headline

    assert looks_like_headline('La Roche-sur-Yon. Les Halles. "Les 4 saisons" tirent leur révérence en décembre')
    assert looks_like_headline("Justice. Paris. Le procès s'ouvre")
    assert not looks_like_headline("Le gouvernement recule. Les syndicats jubilent")
    assert not looks_like_headline("Grève. Rien. Nada. Les syndicats jubilent")  # three kickers


def test_a_byline_in_brackets_after_the_headline_is_taken_off_it():
    # "Vigne : “un coup de semonce” [par Yann Kerveno]": the author, not the title's words
    from briefing.ingest.clean import clean_text

    a = clean_text(f"Vigne : “un coup de semonce” [par Yann Kerveno]\n{_LONG}\n")
    assert (a.title, a.authors) == ("Vigne : “un coup de semonce”", ["Yann Kerveno"])
    b = clean_text(f"Le procès (par contumace) de Paul Roux\n{_LONG}\n")  # (a guard) no name in it
    assert (b.title, b.authors) == ("Le procès (par contumace) de Paul Roux", [])


def test_a_sentence_closed_by_a_name_slash_outlet_credit_is_a_caption():
    # "… samedi soir. (A. Réau/L'Équipe)" above the headline: a photo caption, not the title
    from briefing.ingest.clean import clean_text

    a = clean_text(f"Geoffroy-Guichard va accueillir du personnel soignant samedi soir. (A. Réau/L'Équipe)\n\n"
                   f"Saint-Étienne, marquée au fer vert\n\n{_LONG}\n")
    assert a.title == "Saint-Étienne, marquée au fer vert"
    assert [(p.kind, p.text[:20]) for p in a.paragraphs] == [("caption", "Geoffroy-Guichard va"), ("lead", _LONG[:20])]
    assert caption_reason("Le match Paris-Lyon (Ligue 1/journée 12)", False) is None  # (a guard) no sentence before


def test_a_menu_word_before_a_copy_of_the_headline_on_the_next_line_is_a_breadcrumb():
    # "Accueil Des vignerons en colère …" ¶ "Des vignerons en colère …": the site's menu word set
    # off by a space; a rubric that is no menu word stays the headline's ("Journée de grève")
    from briefing.ingest.clean import clean_text

    head = "Des vignerons en colère perturbent la circulation"
    a = clean_text(f"Accueil {head}\n\n{head}\n\n{_LONG}\n")
    assert (a.title, [p.text for p in a.paragraphs]) == (head, [_LONG])
    assert len(a.dropped) == 1  # dropped, not lost


def test_a_list_of_links_above_the_headline_is_navigation():
    # "• Il a été libéré …" ¶ "• Le nouveau cabinet …" ¶ "• Au feu …" ¶ "La mésaventure …": a
    # bulleted list of other articles; the headline is the line after it
    from briefing.ingest.clean import clean_text

    a = clean_text("• Il a été libéré sous caution après huit mois de détention\n  • Le nouveau cabinet ministériel "
                   "à la loupe\n  • Au feu, les pompiers sont enfin là !\n\nLa mésaventure d'une Française établie à "
                   f"Maurice\n\n{_LONG}\n")
    assert (a.title, [p.text for p in a.paragraphs]) == ("La mésaventure d'une Française établie à Maurice", [_LONG])
    assert len(a.dropped) == 3  # dropped, not lost


def test_one_bulleted_line_may_still_be_the_headline():
    # (a guard) a single bulleted line opening the page is the headline, its bullet taken off
    from briefing.ingest.clean import clean_text

    a = clean_text(f"• « Nous irons jusqu'au bout », Laurent Gbagbo\n\n{_LONG}\n")
    assert a.title == "« Nous irons jusqu'au bout », Laurent Gbagbo"


def test_section_labels_after_the_date_leave_the_headline_below():
    # " date 2025-10-20 Société Enseignement, Société" ¶ "Tchad : les étudiants … en grève": the
    # date, then the page's section labels (capitalised words, no sentence); the headline follows
    from briefing.ingest.clean import clean_text

    a = clean_text(f"date 2025-10-20 Société Enseignement, Société\n\nTchad : les étudiants entrent en grève\n\n{_LONG}\n")
    assert (a.title, a.title_source, a.fields.get("date")) == (
        "Tchad : les étudiants entrent en grève", "extracted", "2025-10-20")
    b = clean_text(f"date 2025-10-20 Les étudiants entrent en grève\n\n{_LONG}\n")  # (a guard) words of a sentence
    assert b.title_source == "derived"


def test_a_lone_word_at_the_top_does_not_end_the_search_for_the_headline():
    # "Haïti :" ¶ "Le Premier ministre s'engage à neutraliser les gangs armés" ¶ text: a word alone
    # above (kept in the text) is no headline and does not hide the one below it
    from briefing.ingest.clean import clean_text

    a = clean_text(f"Haïti :\nLe Premier ministre s'engage à neutraliser les gangs armés\n{_LONG}\n")
    assert (a.title, a.title_source) == ("Le Premier ministre s'engage à neutraliser les gangs armés", "extracted")
    assert [p.text for p in a.paragraphs] == ["Haïti :", _LONG]
    # (a guard) a longer line that is no headline still ends the search: the line below is text
    b = clean_text(f"Le 12 mars, à Port-au-Prince :\nLe Premier ministre s'engage\n{_LONG}\n")
    assert b.title_source == "derived"


def test_a_line_that_is_only_a_date_is_no_headline():
    from briefing.ingest.lines import looks_like_headline

    assert not looks_like_headline("vendredi, juillet 18, 2025")
    assert not looks_like_headline("Mardi 3 mars")
    assert looks_like_headline("Juillet 2025 : la canicule s'installe")  # (a guard) words besides the date


@pytest.mark.parametrize("line, authors, fields", [
    # the writer's name, a dash, then the date and its update
    ("Antoine GERARD - 08 oct. 2021 à 19:00", ["Antoine GERARD"], {"date": "2021-10-08"}),
    # the date, then "par" and the writer with whom reported on the spot
    ("20 octobre 2023 à 9h15 par Brice Vidal avec sur place, Margaux Alix", ["Brice Vidal", "Margaux Alix"],
     {"date": "2023-10-20"}),
    # an outlet's name, a dash, the date
    ("TVA Gatineau - 26 janvier 2022", [], {"outlet": "TVA Gatineau", "date": "2022-01-26"}),
])
def test_a_name_and_a_date_on_the_line_under_the_headline(line, authors, fields):
    from briefing.ingest.clean import clean_text

    a = clean_text(f"Le feu détruit un entrepôt à Lyon\n{line}\n{_LONG}\n")
    assert a.authors == authors and all(a.fields.get(k) == v for k, v in fields.items())
    assert [p.text for p in a.paragraphs] == [_LONG]


def test_a_place_and_a_date_or_a_date_and_no_name_give_no_author():
    # (a guard) "Paris - 27 septembre 2012": one word is no name; "… par temps de pluie": no byline
    from briefing.ingest.clean import clean_text

    for line in ("Paris - 27 septembre 2012", "20 octobre 2023 à 9h15 par temps de pluie"):
        a = clean_text(f"Le feu détruit un entrepôt à Lyon\n{line}\n{_LONG}\n")
        assert a.authors == [] and line in [p.text for p in a.paragraphs]


@pytest.mark.parametrize("line, authors, date", [
    # a signed date on a line of its own below the lead and the photo's caption
    ("20 octobre 2023 à 9h15 par Brice Vidal", ["Brice Vidal"], "2023-10-20"),
    ("Antoine Gerard - 08 oct. 2021 à 19:00 | mis à jour le 09 oct. 2021 à 08:10", ["Antoine Gerard"], "2021-10-08"),
    # a byline, then a slash or a comma, then the date
    ("Par Gaële Joly / le 02 octobre 2012", ["Gaële Joly"], "2012-10-02"),
    ("Sylvian Baudry, publié le dimanche 29 juillet 2018 à 21h02", ["Sylvian Baudry"], "2018-07-29"),
])
def test_a_signed_date_below_the_lead_is_a_byline(line, authors, date):
    from briefing.ingest.clean import clean_text

    lead = "Touchés par la crise, les viticulteurs ont bloqué le péage pendant trois heures."
    a = clean_text(f"Le feu détruit un entrepôt à Lyon\n{lead}\nPhoto : Jean Martin\n{line}\n{_LONG}\n")
    assert a.authors == authors and a.fields.get("date") == date
    assert line not in [p.text for p in a.paragraphs]


@pytest.mark.parametrize("line", [
    # (guards) a sentence that names someone and a date, below the text's first lines
    "Paul Martin, le 12 mars 2020, a inauguré la nouvelle salle des fêtes de la commune.",
    "Paul Martin - 12 mars 2020 : la première victoire du club depuis dix ans",
    "Le 12 mars 2020 par grand vent, les pompiers sont intervenus.",
])
def test_a_sentence_with_a_name_and_a_date_below_the_lead_is_text(line):
    from briefing.ingest.clean import clean_text

    lead = "Touchés par la crise, les viticulteurs ont bloqué le péage pendant trois heures."
    a = clean_text(f"Le feu détruit un entrepôt à Lyon\n{lead}\n{line}\n{_LONG}\n")
    assert a.authors == [] and line in [p.text for p in a.paragraphs]


def test_a_caption_naming_its_subject_and_a_year_gives_no_author():
    # (a guard) "Park Geun-hye, 2013.": a photo's subject and its date, not who wrote the page
    from briefing.ingest.clean import clean_text

    lead = "La présidente a été destituée par la Cour constitutionnelle vendredi matin."
    a = clean_text(f"Le feu détruit un entrepôt à Lyon\n{lead}\nPark Geun-hye, 2013.\n{_LONG}\n")
    assert a.authors == [] and "Park Geun-hye, 2013." in [p.text for p in a.paragraphs]


def test_a_site_banner_ending_on_its_address_is_no_headline():
    # "Site icon LA VIE AGRICOLE / LVATV.CA" above the headline: the site, not the article
    from briefing.ingest.clean import clean_text

    a = clean_text(f"Site icon LA VIE AGRICOLE / LVATV.CA\n\nC’est crispé à L’UPA!\n\n{_LONG}\n")
    assert a.title == "C’est crispé à L’UPA!"
    # (a guard) in the text, a line that ends on an address stays
    line = "Les inscriptions sont ouvertes sur le site de la mairie, ville-dax.fr"
    a = clean_text(f"Le feu détruit un entrepôt à Lyon\n\n{_LONG}\n\n{line}\n")
    assert line in [p.text for p in a.paragraphs]


def test_a_kicker_in_lower_case_opens_the_headline():
    # "yaoundé: Une maison familiale partie en fumée": a one-word kicker the page writes in
    # lower case, then the title
    from briefing.ingest.clean import clean_text

    a = clean_text(f"yaoundé: Une maison familiale partie en fumée\n\n{_LONG}\n")
    assert a.title == "yaoundé: Une maison familiale partie en fumée"
    # also after a spaced dash ("athlétisme - Championnats de France Vent de folie …")
    a = clean_text(f"athlétisme - Championnats de France Vent de folie chez les sprinteuses\n\n{_LONG}\n")
    assert a.title == "athlétisme - Championnats de France Vent de folie chez les sprinteuses"
    # (guards) a caption cut from its start is still no headline, nor a hyphenated word's end
    from briefing.ingest.lines import looks_like_headline

    assert not looks_like_headline("usine Seita, le 16 avril (Photo : Jean Dupont)")
    assert not looks_like_headline("usine Seita-Le Havre, le 16 avril")


@pytest.mark.parametrize("top", [
    "CP. Ph.A",  # a photo credit in initials
    "216147 France Danemark Feminine Match amical avril 2019",  # a picture's file number and alt text
])
def test_a_pictures_line_above_the_headline_does_not_end_the_search_for_it(top):
    from briefing.ingest.clean import clean_text

    a = clean_text(f"{top}\n\nLes transporteurs régionaux en difficulté\n\n{_LONG}\n")
    assert a.title == "Les transporteurs régionaux en difficulté"
    kept = [p.text for p in a.paragraphs] + [d.text for d in a.dropped]
    assert top in kept  # nothing lost
    from briefing.ingest.lines import picture_line

    assert picture_line(top)
    # (guards) a short headline, a year, a number with its unit open headlines
    assert not any(picture_line(t) for t in ("Le PS a tort", "2024, l'année des JO", "10000 euros volés à Sète"))


def test_a_label_of_two_or_three_words_with_a_period_on_its_own_line_is_a_kicker():
    from briefing.ingest.clean import clean_text

    a = clean_text(f"Crise du carburant.\n\nLes transporteurs régionaux en difficulté\n\n{_LONG}\n")
    assert a.title == "Les transporteurs régionaux en difficulté"
    assert "Crise du carburant." in [d.text for d in a.dropped]
    # (a guard) one word and a period is not taken for a label: "Fin." may close a text
    from briefing.ingest.clean import _Cleaner

    assert not _Cleaner._kicker_words("Fin.") and _Cleaner._kicker_words("Crise du carburant.")


def test_a_byline_in_lower_case_on_its_own_line():
    from briefing.ingest.lines import match_byline

    assert match_byline("par Nadia DAKI").authors == ("Nadia DAKI",)
    assert match_byline("par la police") is None  # (a guard) no name, no byline
    assert match_byline("parfois Jean Roux") is None


def test_a_line_cut_inside_a_quotation_goes_on_with_the_lower_case_line_after_it():
    from briefing.ingest.clean import clean_text

    text = (f"Les jeunes agriculteurs se sont réunis à Baudre\n\n{_LONG}\n\n"
            "Ils ne doutent de rien. “Notre but a été de leur faire comprendre que\n"
            "l’installation sociétaire était une force”, souligne Jean Bouillon.\n")
    a = clean_text(text)
    assert "Ils ne doutent de rien. “Notre but a été de leur faire comprendre que l’installation sociétaire " \
        "était une force”, souligne Jean Bouillon." in [p.text for p in a.paragraphs]
    # (a guard) no quotation left open: two paragraphs, as written
    a = clean_text(f"Les jeunes agriculteurs se sont réunis à Baudre\n\n{_LONG}\n\nLe maire a parlé de\n"
                   "l'avenir de la commune devant les habitants réunis.\n")
    assert "Le maire a parlé de" in [p.text for p in a.paragraphs]


@pytest.mark.parametrize("line, author", [
    ("5 décembre 2014 / Lorène Lavocat (Reporterre)", "Lorène Lavocat"),
    ("mercredi 24 février 2021 | Mandimbisoa R.", "Mandimbisoa R."),
    ("Enquête | publié le : 01.03.2003 | Sandrine Foulon", "Sandrine Foulon"),
])
def test_a_dateline_then_a_bar_or_a_slash_and_a_name_is_a_byline(tmp_path, line, author):
    path = tmp_path / "a.txt"
    path.write_text(f"La compagnie augmente ses tarifs\n\n{line}\n\n"
                    "La compagnie a annoncé mardi une hausse de ses tarifs pour les ménages.\n", encoding="utf-8")
    article, _ = read_article(path, "a", "a.txt")
    assert article.authors == (author,)
    assert article.date is not None
    assert [p.text for p in article.paragraphs] == ["La compagnie a annoncé mardi une hausse de ses tarifs pour les ménages."]
    assert_nothing_lost(path, article)
    # (a guard) a label after the bar is no author
    path.write_text("La compagnie augmente ses tarifs\n\nmercredi 24 février 2021 | Société\n\n"
                    "La compagnie a annoncé mardi une hausse de ses tarifs pour les ménages.\n", encoding="utf-8")
    assert read_article(path, "a", "a.txt")[0].authors == ()


def test_a_byline_glued_to_the_first_line_of_text_is_taken_out(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Treize bourgmestres montent au créneau\n\nJean-François COLIN Les élus de treize communes "
                    "limitrophes dénoncent le fait que les fermetures de frontières mettent en danger le projet "
                    "européen.\n\nIls l'expriment mardi dans une lettre ouverte.\n", encoding="utf-8")
    article, _ = read_article(path, "a", "a.txt")
    assert article.authors == ("Jean-François COLIN",)
    assert article.paragraphs[0].text.startswith("Les élus de treize communes")
    assert_nothing_lost(path, article)
    # (a guard) a name in capitals opening a sentence of the body, its verb after it, stays
    path.write_text("Treize bourgmestres montent au créneau\n\nLes élus de treize communes dénoncent les fermetures "
                    "de frontières.\n\nEmmanuel MACRON Le président a répondu mardi dans une lettre ouverte aux élus.\n",
                    encoding="utf-8")
    assert read_article(path, "a", "a.txt")[0].authors == ()


def test_a_breadcrumb_ending_on_the_headline_is_navigation():
    from briefing.ingest.clean import clean_text

    head = "Défense : le Luxembourg « aux côtés de la France »"
    a = clean_text(f"Accueil | Politique-Société | {head}\n\n{head}\n\n{_LONG}\n")
    assert a.title == head
    assert a.paragraphs[0].text == _LONG
    # (a guard) a headline with a bar of its own and no copy below stays whole
    a = clean_text(f"Grève | Les enseignants dans la rue ce jeudi à Lyon\n\n{_LONG}\n")
    assert a.title != "Les enseignants dans la rue ce jeudi à Lyon"


def test_a_page_title_with_the_sites_name_after_a_bar_gives_the_headline():
    from briefing.ingest.clean import clean_text

    a = clean_text(f"Sortie de route nébuleuse | VIVA MÉDIA Skip to main content\n\n{_LONG}\n")
    assert a.title == "Sortie de route nébuleuse"
    assert "VIVA MÉDIA Skip to main content" in [d.text for d in a.dropped]
    # (a guard) a menu of one-word sections is no title
    a = clean_text(f"Accueil | Sport | Football\n\nLe club change d'entraîneur avant la reprise\n\n{_LONG}\n")
    assert a.title == "Le club change d'entraîneur avant la reprise"


def test_a_subscribers_badge_after_the_headline_is_not_the_headline():
    from briefing.ingest.clean import clean_text

    a = clean_text(f"Exaspéré, le syndicat exige du concret  Abonné\n\n{_LONG}\n")
    assert a.title == "Exaspéré, le syndicat exige du concret"
    assert "Abonné" in [d.text for d in a.dropped]


@pytest.mark.parametrize("line", [
    "x Télécharger l'application mobile Exemple.net partout avec vous",
    "Facebook Twitter Google+ Les dernières actualités",
    "Facebook, Twitter, WhatsApp, E-mail",
    "INSTALLER",
    "Rechercher",
])
def test_app_banners_and_share_bars_are_furniture(line):
    assert boilerplate_reason(line) is not None


def test_a_section_name_and_a_dateline_then_an_agency_after_a_bar_leave_the_headline_below():
    from briefing.ingest.clean import clean_text

    a = clean_text(f"Société Publié le vendredi 23 octobre 2020 | AIP\n\n"
                   f"Présidentielle : le préfet se félicite du climat de paix\n\n{_LONG}\n")
    assert a.title == "Présidentielle : le préfet se félicite du climat de paix"
    assert a.title_source == "extracted"
    assert a.fields["date"] == "2020-10-23" and a.fields["agency"] == "AIP"
    assert a.paragraphs[0].text == _LONG


def test_a_name_alone_under_the_headline_or_after_the_last_paragraph_is_the_author():
    from briefing.ingest.clean import clean_text

    a = clean_text(f"Le maire recule sur les dates des conseils municipaux\n\nTaïeb Moalla\n{_LONG}\n")
    assert a.authors == ["Taïeb Moalla"] and a.paragraphs[0].text == _LONG
    a = clean_text(f"Le maire recule sur les dates des conseils municipaux\n\n{_LONG}\n\nModeste KONÉ\n\n"
                   f"Donnez votre avis\n")
    assert a.authors == ["Modeste KONÉ"]
    # (guards) a list of names ends the text as it is; a name above a quotation heads an answer
    a = clean_text(f"Les candidats de la primaire\n\n{_LONG}\n\nFrançois Fillon\n\nAlain Juppé\n")
    assert a.authors == [] and [p.text for p in a.paragraphs][-1] == "Alain Juppé"
    a = clean_text(f"Le maire recule sur les dates des conseils municipaux\n\nTaïeb Moalla\n"
                   f"« Nous avons entendu les critiques et nous changeons les dates des deux conseils. »\n")
    assert a.authors == []


def test_bylines_with_empty_fields_in_brackets_or_under_a_widget():
    from briefing.ingest.clean import clean_text
    from briefing.ingest.lines import match_byline

    assert match_byline("Par Delphine Cuny  |   |  1256  mots").authors == ("Delphine Cuny",)
    a = clean_text(f"Fusillade d'Ajaccio : début de l'enquête\n\n(Maria Lanfranchi - Alta Frequenza) - {_LONG}\n")
    assert a.authors == ["Maria Lanfranchi"] and a.paragraphs[0].text == _LONG
    # a comments widget above the text opens no trailer that would take the byline for a link
    a = clean_text(f"Les Diablos rossés à Sherbrooke\n\ncommentaires\n\nemail\nPar Nicolas Ducharme\n\n{_LONG}\n")
    assert a.authors == ["Nicolas Ducharme"]


def test_a_sites_motto_above_a_headline_given_twice_is_navigation():
    from briefing.ingest.clean import clean_text

    head = "Dans le bus relais du tram B, les voyageurs rongent leur frein"
    a = clean_text(f"Média local avec zéro milliardaire dedans\n\n{head}\n\n{_LONG}\n\n"
                   f"Cet article est en accès libre.\n\n{head}\n\nLe bus relais remplace le tram jusqu'au 30 août.\n")
    assert a.title == head and a.paragraphs[0].text == _LONG
    # (a guard) a first line that no line repeats stays the headline
    a = clean_text(f"Un incendie ravage un entrepôt près de Lyon\n\n{_LONG}\n")
    assert a.title == "Un incendie ravage un entrepôt près de Lyon"


def test_a_cookie_banner_a_rubric_and_a_byline_with_a_rubric_above_the_text():
    from briefing.ingest.clean import clean_text

    a = clean_text("Les cookies nous permettent de personnaliser le contenu et les annonces.\nEn savoir plus OK\n"
                   "J10 / Panorama complet des résultats\n"
                   "Par Christophe Andreeff - Actu Ligue 1, Mise en ligne: le 22/10/2006 à 07h49\n"
                   f"Taille du texte: Email Imprimer Partager:\n\n{_LONG}\n")
    assert a.title == "J10 / Panorama complet des résultats"
    assert a.authors == ["Christophe Andreeff"] and a.fields["date"] == "2006-10-22"
    assert [p.text for p in a.paragraphs] == [_LONG]
    # (a guard) a menu of sections is still navigation
    assert is_navigation("Sport / Culture / Économie")


def test_a_caption_with_a_ph_credit_is_a_caption():
    assert caption_reason("Les supporters du club ne sont pas fiers de leur équipe. (Ph: Dr)", False)
