"""The web chat is readable everywhere: text contrast measured on the rendered page (light and dark); on a
phone a marker [n] opens its passage next to the answer, with a way back; the answer streams sentence by
sentence as it is verified, the short answer first.

Screenshots go to tests/artifacts/readable_*.png.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from assistant.web.app import build_app
from assistant.web.service import ChatService
from assistant.web.ui import PENDING_HTML, Conversation, Handlers

from .browser import ask_in_chat as _ask
from .browser import bot_messages as _bot
from .browser import chromium_page, console_errors, corpus_chat
from .conftest import serve_in_thread

pytestmark = pytest.mark.slow

ARTIFACTS = Path(__file__).parent / "artifacts"
CONTRAST_JS = (Path(__file__).parent / "contrast.js").read_text(encoding="utf-8")
AA = 4.5  # WCAG 2 level AA for body text
QUESTION = "Where will Trump and Putin meet?"
# Gradio fades the page in; contrast is read once the header and all around it are fully opaque
SETTLED = """() => {
  for (let e = document.querySelector('.app-head p'); e; e = e.parentElement)
    if (getComputedStyle(e).opacity !== '1') return false;
  return true;
}"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChatService]:
    chat = corpus_chat(tmp_path_factory.mktemp("web-readable"))
    yield chat
    chat.close()


@pytest.fixture(scope="module")
def base_url(service: ChatService) -> Iterator[str]:
    with serve_in_thread(build_app(service), "web-readable-server") as url:
        yield url


def _texts(page: Page) -> list[dict[str, Any]]:
    """Every visible text on the page with its contrast ratio against what it is drawn on (tests/contrast.js)."""
    page.mouse.move(0, 0)  # no hover styles
    page.wait_for_function(SETTLED)
    page.wait_for_timeout(400)  # colour transitions (buttons, the flash on an opened source) run their course
    found: list[dict[str, Any]] = page.evaluate(CONTRAST_JS)
    return found


def _assert_readable(page: Page, state: str) -> int:
    texts = _texts(page)
    assert len(texts) > 15, f"{state}: only {len(texts)} texts found; is the page rendered?"
    worst = min(texts, key=lambda t: t["ratio"])
    assert worst["ratio"] >= AA, (
        f"{state}: {worst['element']} ({worst['text']!r}) has contrast {worst['ratio']:.2f}:1 < {AA}:1, "
        f"{worst['color']} on {worst['background']}; "
        f"{sum(t['ratio'] < AA for t in texts)} of {len(texts)} texts are below")
    return len(texts)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_text_has_aa_contrast(base_url: str, theme: str) -> None:
    with chromium_page() as page:
        page.goto(f"{base_url}/?__theme={theme}")
        expect(page.locator(".app-head")).to_contain_text("2 indexed documents")
        assert page.evaluate("document.body.classList.contains('dark')") == (theme == "dark")
        measured = _assert_readable(page, f"{theme}, empty page")  # placeholders, the sources hint, buttons

        _ask(page, QUESTION)
        _bot(page).nth(0).locator("a.cite").first.click()  # an opened source: title, meta, passage, mark
        expect(page.locator("#sources details.source[open]").first).to_be_visible()
        page.wait_for_timeout(1900)  # the opened source's flash fades
        measured += _assert_readable(page, f"{theme}, an answer and its source")

        _ask(page, "What is the capital of France?")  # the abstention and its hint
        for box in ("#md-box", "#export-box", "#upload-box"):
            page.locator(f"{box} > button").click()
        expect(page.locator("#upload-box .upload-hint")).to_be_visible()
        measured += _assert_readable(page, f"{theme}, an abstention with every box open")

        page.set_viewport_size({"width": 390, "height": 844})  # the phone's passage sheet
        _bot(page).nth(0).locator("a.cite").first.click()
        expect(page.locator("#cite-sheet")).to_be_visible()
        measured += _assert_readable(page, f"{theme}, the passage sheet on a phone")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"readable_{theme}_sheet.png"))
        assert measured > 100


def test_a_marker_on_a_phone_opens_its_passage_next_to_the_answer_and_back(base_url: str) -> None:
    with chromium_page(width=390, height=844, phone=True) as page:
        errors = console_errors(page)
        page.goto(base_url + "/")
        expect(page.locator(".app-head")).to_contain_text("2 indexed documents")
        _ask(page, QUESTION)
        answer = _bot(page).nth(0)
        marker = answer.locator("a.cite").first
        marker.scroll_into_view_if_needed()
        before = page.evaluate("window.scrollY")
        marker.tap()

        sheet = page.locator("#cite-sheet")
        expect(sheet).to_be_visible()
        expect(sheet.locator("mark")).to_be_in_viewport()  # the supporting words, not a page further down
        expect(sheet.locator(".title")).to_have_text(page.locator("#cite-1-1 .title").inner_text())
        expect(marker).to_be_in_viewport()  # the answer stays on screen above the sheet
        box, sheet_box = marker.bounding_box(), sheet.bounding_box()
        assert box and sheet_box and box["y"] + box["height"] <= sheet_box["y"] + 1
        assert abs(page.evaluate("window.scrollY") - before) < 400  # not the ~950 px jump past every control
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "readable_phone_sheet.png"))

        back = sheet.get_by_role("button", name="Back to the answer")
        expect(back).to_be_in_viewport()
        back.click()
        expect(sheet).to_have_count(0)
        expect(marker).to_be_in_viewport()
        assert abs(page.evaluate("window.scrollY") - before) <= 2  # the reader is where they were
        expect(page.locator("#question textarea")).to_be_visible()

        marker.tap()  # again, closed with Escape this time
        expect(sheet).to_be_visible()
        page.keyboard.press("Escape")
        expect(sheet).to_have_count(0)
        assert abs(page.evaluate("window.scrollY") - before) <= 2
        assert [e for e in errors if "favicon" not in e] == []


def test_on_a_wide_screen_a_marker_still_opens_the_side_panel(base_url: str) -> None:
    with chromium_page() as page:
        page.goto(base_url + "/")
        _ask(page, QUESTION)
        _bot(page).nth(0).locator("a.cite").first.click()
        expect(page.locator("#cite-1-1")).to_have_attribute("open", "")
        expect(page.locator("#cite-1-1")).to_be_in_viewport()
        expect(page.locator("#cite-sheet")).to_have_count(0)


# -- streaming -----------------------------------------------------------------------------------


def test_the_short_answer_streams_first_then_each_verified_sentence(service: ChatService) -> None:
    events = list(service.ask_stream(QUESTION))
    answer = events[-1].answer
    assert answer and answer.short_answer and not answer.abstained
    texts = [e.text for e in events if e.kind == "text"]
    short = answer.short_answer
    assert texts[0] == f"{short.text.rstrip('.')}. [{short.n}]"  # alone, before the sentence it was found in
    assert len(texts) == 1 + len(answer.claims)  # then one update per verified sentence
    assert "".join(texts) == answer.answer  # the same answer as before, only in more pieces
    first_citation = next(i for i, e in enumerate(events) if e.kind == "citation")
    assert first_citation == 1  # the passage the short answer cites comes with it

    explained = list(service.ask_stream("Why is the meeting between Trump and Putin held in Alaska?"))
    whole = explained[-1].answer
    assert whole and len(whole.claims) >= 2
    assert len([e for e in explained if e.kind == "text"]) == len(whole.claims) + (1 if whole.short_answer else 0)


def test_the_chat_shows_each_verified_sentence_as_its_own_update(service: ChatService) -> None:
    conv = Conversation()
    updates = list(Handlers(service).respond(QUESTION, conv))
    chats = [u[0][-1]["content"] for u in updates if isinstance(u[0], list)]
    assert chats.pop(0) == PENDING_HTML
    final, streamed = chats.pop(), chats
    answer = conv.answers[-1]
    assert answer.short_answer and len(streamed) == 1 + len(answer.claims) >= 2
    lead_words = " ".join(answer.claims[0].text.split()[:4])
    assert answer.short_answer.text in streamed[0] and lead_words not in streamed[0]
    assert lead_words in streamed[1] and streamed[1].startswith(streamed[0])
    assert 'class="short-answer"' in final  # the finished answer sets the short answer in bold
    panels = [u[1] for u in updates[1:-1] if isinstance(u[1], str)]
    assert panels and 'id="cite-1-1"' in panels[0]  # the sources panel fills in as citations arrive


def test_the_browser_sees_the_short_answer_before_the_rest(base_url: str) -> None:
    with chromium_page() as page:
        page.goto(base_url + "/")
        expect(page.locator(".app-head")).to_contain_text("2 indexed documents")
        expect(page.locator("#chat")).to_be_attached()  # the header renders before the chat
        page.evaluate("""() => {
          window.seen = [];
          new MutationObserver(() => {
            const bots = document.querySelectorAll('#chat [data-testid="bot"]');
            const text = bots.length ? bots[bots.length - 1].innerText.trim() : "";
            if (text && text !== window.seen[window.seen.length - 1]) window.seen.push(text);
          }).observe(document.getElementById("chat"), {subtree: true, childList: true, characterData: true});
        }""")
        _ask(page, QUESTION)
        seen = [s.replace("\u2060", " ") for s in page.evaluate("window.seen") if not s.startswith("Searching")]
        final = _bot(page).nth(0).inner_text().strip().replace("\u2060", " ")  # the word joiner before a marker
        assert len(seen) >= 2, seen
        assert seen[0] == "Joint Base Elmendorf-Richardson. [1]", seen  # the short answer, on its own
        assert seen[-1] == final and len(final) > len(seen[0]) + 40
