"""The real app in Debian's headless Chromium: highlighted claims, a speaker followed, a search with a spelling
variant, the offline map, the contradictions page, a phone-sized screen, and a hostile article that must not
run anything. Each test saves a screenshot under artifacts/screenshots/."""
from __future__ import annotations

from urllib.parse import unquote

import pytest
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

pytestmark = pytest.mark.browser

ARMY = "الجيش: 12 قتيلا في غارة إدلب"
HOSTILE = "عنوان <script>window.__pwned=1</script> خبيث"


def wait(browser, condition, timeout: float = 20):
    return WebDriverWait(browser, timeout).until(condition)


def open_page(browser, live_server, path: str) -> None:
    browser.get(live_server + path)
    wait(browser, lambda b: b.execute_script("return document.readyState") == "complete")


def texts(browser, selector: str) -> list[str]:
    return [e.text for e in browser.find_elements(By.CSS_SELECTOR, selector)]


def test_an_article_shows_its_claims_highlighted(browser, live_server, articles_by_title, screenshots):
    open_page(browser, live_server, f"/article/{articles_by_title[ARMY]}")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"
    speakers = texts(browser, ".text .hl.r-speaker")
    assert speakers == ["الجيش", "سكان من راوة"]
    assert "12 شخصا قتلوا" in " ".join(texts(browser, ".text .hl.r-content"))
    assert texts(browser, ".text .hl.r-cue") == ["قال", "وذكر"]
    colour = browser.find_element(By.CSS_SELECTOR, ".text .hl.r-speaker").value_of_css_property("background-color")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    assert len(browser.find_elements(By.CSS_SELECTOR, ".claim-tree .claim")) == 2
    font = browser.execute_script("return getComputedStyle(document.body).fontFamily")
    assert font.startswith('"Noto Naskh Arabic"')
    assert browser.execute_script("return document.fonts.check('16px \"Noto Naskh Arabic\"', 'قال')")
    browser.save_screenshot(str(screenshots / "article.png"))


def test_a_relay_chain_is_drawn(browser, live_server, articles_by_title, screenshots):
    title = next(t for t in articles_by_title if t.startswith("سيول جارفة"))
    open_page(browser, live_server, f"/article/{articles_by_title[title]}")
    chains = browser.find_elements(By.CSS_SELECTOR, "ol.isnad")
    assert chains, "no chain drawn"
    links = [li.text for li in chains[0].find_elements(By.TAG_NAME, "li")]
    assert len(links) >= 2 and links[-1]  # the speaker first, the outlet last
    browser.save_screenshot(str(screenshots / "article-chains.png"))


def test_following_a_speaker(browser, live_server, articles_by_title, screenshots):
    open_page(browser, live_server, f"/article/{articles_by_title[ARMY]}")
    browser.find_element(By.CSS_SELECTOR, ".claim-tree a.speaker").click()
    wait(browser, EC.url_contains("/speaker/"))
    assert unquote(browser.current_url).endswith("/speaker/الجيش")
    assert browser.find_element(By.CSS_SELECTOR, "h1").text == "الجيش"
    assert "نوقض 1" in browser.find_element(By.CSS_SELECTOR, ".counts").text
    assert "12 شخصا قتلوا" in browser.find_element(By.CSS_SELECTOR, ".claim blockquote").text
    browser.save_screenshot(str(screenshots / "speaker.png"))


def test_search_with_a_spelling_variant(browser, live_server, screenshots):
    open_page(browser, live_server, "/")
    box = browser.find_element(By.CSS_SELECTOR, "form.search input[name=q]")
    box.send_keys("راوه", Keys.ENTER)
    wait(browser, EC.url_contains("/search"))
    assert ARMY in texts(browser, ".results .title")
    assert "راوة" in texts(browser, ".hl.r-hit")
    browser.save_screenshot(str(screenshots / "search.png"))


def test_the_map_draws_markers_over_the_offline_basemap(browser, live_server, screenshots):
    open_page(browser, live_server, "/map")
    wait(browser, lambda b: b.find_element(By.ID, "map").get_attribute("data-ready")
         or b.find_element(By.ID, "map").get_attribute("data-error"))
    assert browser.find_element(By.ID, "map").get_attribute("data-error") is None
    countries = browser.find_elements(By.CSS_SELECTOR, "#map path.isnad-country")
    markers = browser.find_elements(By.CSS_SELECTOR, "#map path.isnad-marker")
    assert len(countries) > 200
    assert len(markers) == int(browser.find_element(By.ID, "map").get_attribute("data-ready")) > 0
    loaded = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert loaded and all(u.startswith(live_server) for u in loaded), loaded  # nothing from the internet
    browser.save_screenshot(str(screenshots / "map.png"))
    # markers may overlap: click the last one drawn (on top) through the page, as a pointer would
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", markers[-1])
    popup = wait(browser, EC.visibility_of_element_located((By.CSS_SELECTOR, ".leaflet-popup-content .popup a")))
    assert popup.text


def test_a_place_page_lists_its_claims_on_a_map(browser, live_server, screenshots):
    open_page(browser, live_server, "/map")
    link = next(a for a in browser.find_elements(By.CSS_SELECTOR, "table.places a") if a.text in ("إدلب", "ادلب"))
    link.click()
    wait(browser, EC.url_contains("/place/"))
    wait(browser, lambda b: b.find_element(By.ID, "map").get_attribute("data-ready"))
    assert len(browser.find_elements(By.CSS_SELECTOR, "#map path.isnad-marker.isnad-focus")) == 1
    assert {"الجيش", "الدفاع المدني"} <= set(texts(browser, ".claim a.speaker"))
    browser.save_screenshot(str(screenshots / "place.png"))


def test_the_contradictions_page_shows_both_sides(browser, live_server, screenshots):
    open_page(browser, live_server, "/contradictions")
    pairs = browser.find_elements(By.CSS_SELECTOR, ".pair")
    assert pairs
    first = pairs[0]
    sides = first.find_elements(By.CSS_SELECTOR, ".sides .claim")
    assert len(sides) == 2
    assert {s.find_element(By.CSS_SELECTOR, ".speaker").text for s in sides} == {"الدفاع المدني", "الجيش"}
    assert all(s.find_element(By.CSS_SELECTOR, "blockquote").text for s in sides)
    groups = browser.find_elements(By.CSS_SELECTOR, ".group")
    assert len(groups) == 1 and len(groups[0].find_elements(By.CSS_SELECTOR, ".claim")) == 2
    browser.save_screenshot(str(screenshots / "contradictions.png"))


def test_a_phone_screen_has_no_sideways_scrolling(browser, live_server, articles_by_title, screenshots):
    browser.set_window_size(390, 844)
    try:
        for path in (f"/article/{articles_by_title[ARMY]}", "/contradictions", "/"):
            open_page(browser, live_server, path)
            overflow = browser.execute_script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 1, (path, overflow)
        browser.save_screenshot(str(screenshots / "phone-home.png"))
    finally:
        browser.set_window_size(1280, 1000)


def test_a_hostile_article_runs_nothing(browser, live_server, articles_by_title, screenshots):
    article = articles_by_title[HOSTILE]
    for path in (f"/article/{article}", "/search?q=خبيث", "/speaker/المتحدث", "/"):
        open_page(browser, live_server, path)
        with pytest.raises(NoAlertPresentException):
            browser.switch_to.alert.text  # noqa: B018 - raises when no dialog is open
        assert browser.execute_script("return window.__pwned === undefined")
        hrefs = [a.get_attribute("href") or "" for a in browser.find_elements(By.TAG_NAME, "a")]
        assert not [h for h in hrefs if h.lower().startswith("javascript:")]
    open_page(browser, live_server, f"/article/{article}")
    body = browser.find_element(By.TAG_NAME, "body").text
    assert "<script>window.__pwned=2</script>" in body and 'onerror="window.__pwned=4"' in body
    assert browser.find_element(By.TAG_NAME, "h1").text == HOSTILE
    assert not browser.find_elements(By.CSS_SELECTOR, "main img, main b")
    browser.save_screenshot(str(screenshots / "hostile.png"))
