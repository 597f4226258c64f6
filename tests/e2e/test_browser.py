"""The HTML briefing in a real headless Chromium, served on localhost."""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import tempfile
import threading

import pytest

from ..conftest import REPO
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

pytestmark = pytest.mark.slow


def _serve(folder):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *a, **k: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server


@pytest.fixture(scope="module")
def site(seeds_html):
    server = _serve(seeds_html.out)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def book_site(seeds_book):
    """The site as `briefing build` leaves it, with the PDF and EPUB inside."""
    server = _serve(seeds_book / "html")
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    assert chromium and driver_path, "Chromium and ChromeDriver are installed by tools/bootstrap.sh test"
    profile = tempfile.mkdtemp(prefix="briefing-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=1280,900",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _article_with_dropped_lines(seeds_html):
    """(page name, article id) of a seed article page that shows dropped lines."""
    for page in sorted((seeds_html.out / "dossier" / "articles").glob("*.html")):
        text = page.read_text(encoding="utf-8")
        if "Lignes écartées" in text:
            aid = re.search(r'id="art-([0-9a-z-]+?)-p1"', text).group(1)
            return page.stem, aid
    pytest.fail("no seed article shows dropped lines")


def test_article_page_shows_title_and_collapsed_dropped_lines(site, browser, seeds_html):
    name, _ = _article_with_dropped_lines(seeds_html)
    browser.get(f"{site}/dossier/articles/{name}.html")
    h1 = browser.find_element(By.CSS_SELECTOR, "article h1")
    assert h1.is_displayed() and h1.text.strip()
    details = browser.find_element(By.CSS_SELECTOR, "details.briefing-dropped")
    assert details.get_attribute("open") is None
    item = details.find_element(By.CSS_SELECTOR, "li")
    assert not item.is_displayed()
    details.find_element(By.CSS_SELECTOR, "summary").click()
    WebDriverWait(browser, 5).until(lambda d: item.is_displayed())


def test_paragraph_anchor_is_highlighted(site, browser, seeds_html):
    name, aid = _article_with_dropped_lines(seeds_html)
    anchor = f"art-{aid}-p2"
    browser.get(f"{site}/dossier/articles/{name}.html#{anchor}")
    target = browser.find_element(By.ID, anchor)
    assert target.is_displayed()
    colour = browser.execute_script(
        "return getComputedStyle(document.querySelector(':target')).backgroundColor"
    )
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")


def test_french_full_text_search_finds_articles(site, browser):
    browser.get(f"{site}/search.html?q=fentanyl")
    WebDriverWait(browser, 15).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results ul.search li")
    )
    links = browser.find_elements(By.CSS_SELECTOR, "#search-results ul.search li a")
    assert any("/articles/" in (a.get_attribute("href") or "") for a in links)


def test_download_links_fetch_a_pdf_and_an_epub(book_site, browser):
    browser.get(f"{book_site}/index.html")
    for fmt, magic in (("pdf", "%PDF"), ("epub", "PK")):
        links = browser.find_elements(By.CSS_SELECTOR, f"article a.briefing-download-{fmt}")
        assert links and links[0].is_displayed(), fmt
        head = browser.execute_async_script(
            """const [url, done] = arguments;
            fetch(url).then(r => r.arrayBuffer()).then(b =>
              done(String.fromCharCode(...new Uint8Array(b.slice(0, 4)))));""",
            links[0].get_attribute("href"),
        )
        assert head.startswith(magic), (fmt, head)
    # the sidebar links too, from a page deeper in the site
    browser.get(f"{book_site}/dossier/chapitres/fentanyl.html")
    side = browser.find_elements(By.CSS_SELECTOR, ".briefing-downloads-sidebar a[class*=briefing-download]")
    assert [a.get_attribute("href").rsplit("/", 1)[1] for a in side] == ["briefing.pdf", "briefing.epub"]


def test_front_page_gives_period_counts_and_key_points(book_site, browser):
    browser.get(f"{book_site}/index.html")
    text = browser.find_element(By.CSS_SELECTOR, "article").text
    assert "Du 2 juin 2013 à juillet 2023" in text
    assert "5 articles" in text and "Édition du" in text
    assert browser.find_elements(By.CSS_SELECTOR, "article .briefing-points li")
    assert "Le fentanyl" in text  # the chapter guide


def test_paragraph_link_lands_on_highlighted_paragraph(book_site, browser):
    browser.get(f"{book_site}/dossier/synthese.html")
    link = browser.find_element(By.CSS_SELECTOR, ".briefing-points a[href*='#art-']")
    assert link.text == "¶"
    anchor = link.get_attribute("href").split("#", 1)[1]
    link.click()
    WebDriverWait(browser, 5).until(lambda d: d.current_url.endswith("#" + anchor))
    target = browser.find_element(By.ID, anchor)
    assert target.is_displayed() and target.text.strip()
    colour = browser.execute_script(
        "return getComputedStyle(document.querySelector(':target')).backgroundColor"
    )
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")


def test_search_for_fentanyl_finds_the_chapter(book_site, browser):
    browser.get(f"{book_site}/search.html?q=fentanyl")
    WebDriverWait(browser, 15).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results ul.search li")
    )
    links = [a.get_attribute("href") or "" for a in
             browser.find_elements(By.CSS_SELECTOR, "#search-results ul.search li a")]
    assert any(h.split("?")[0].endswith("/dossier/chapitres/fentanyl.html") for h in links), links


AXE = REPO / "tests" / "e2e" / "js" / "node_modules" / "axe-core" / "axe.min.js"


def _axe(browser) -> list[dict]:
    assert AXE.exists(), "axe-core is installed by tools/bootstrap.sh test (npm)"
    browser.execute_script(AXE.read_text(encoding="utf-8"))
    result = browser.execute_async_script(
        """const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v =>
          ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.html)}))));"""
    )
    return [v for v in result if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("page", ["index.html", "dossier/chapitres/fentanyl.html", "ARTICLE"])
def test_no_serious_accessibility_violation(book_site, browser, seeds_book, page):
    if page == "ARTICLE":
        page = "dossier/articles/" + sorted((seeds_book / "html" / "dossier" / "articles").glob("*.html"))[0].name
    browser.get(f"{book_site}/{page}")
    assert _axe(browser) == []


@pytest.mark.parametrize("selector, expected", [
    # a "¶" link previews its paragraph, a citation its reference
    (".briefing-points a[href*='#art-']", "¶"),
    (".briefing-points a[href*='sources.html#']", None),
])
def test_hover_preview_shows_the_target_text(book_site, browser, selector, expected):
    from selenium.webdriver.common.action_chains import ActionChains

    browser.get(f"{book_site}/dossier/synthese.html")
    link = browser.find_element(By.CSS_SELECTOR, selector)
    if expected:
        assert link.text == expected
    ActionChains(browser).move_to_element(link).perform()
    box = WebDriverWait(browser, 5).until(
        lambda d: next((b for b in d.find_elements(By.CSS_SELECTOR, ".tippy-box") if b.is_displayed()), None)
    )
    text = box.text.strip()
    assert len(text) > 20
    if expected == "¶":
        # the preview is the linked paragraph's own text
        target_page = link.get_attribute("href")
        browser.get(target_page)
        para = browser.find_element(By.ID, target_page.split("#", 1)[1]).text
        assert " ".join(para.split())[:60] in " ".join(text.split())
