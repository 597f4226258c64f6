"""The HTML briefing in a real headless Chromium, served on localhost."""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import tempfile
import threading

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def site(seeds_html):
    handler = functools.partial(
        http.server.SimpleHTTPRequestHandler, directory=str(seeds_html.out)
    )
    handler.log_message = lambda *a, **k: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
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
