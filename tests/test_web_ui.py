"""The web chat end to end: in Chromium, through gradio_client, and its upload handler (real models).

The browser test saves a screenshot at each step to tests/artifacts/web_chat_*.png.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from assistant.answer import Citation
from assistant.web.app import build_app
from assistant.web.service import ChatService
from assistant.web.ui import PENDING_HTML, Conversation, Handlers, answer_html, passage_parts, sources_html
from index.documents import Chunk

from .browser import ask_in_chat as _ask
from .browser import bot_messages as _bot
from .browser import chromium_page, console_errors, corpus_chat, has_horizontal_overflow
from .conftest import serve_in_thread

pytestmark = pytest.mark.slow

ARTIFACTS = Path(__file__).parent / "artifacts"
PLACE = re.compile(r"Alaska|Anchorage|Elmendorf")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChatService]:
    chat = corpus_chat(tmp_path_factory.mktemp("web-ui"))
    yield chat
    chat.close()


@pytest.fixture(scope="module")
def base_url(service: ChatService) -> Iterator[str]:
    """The whole app (chat at /, API under /api) served by uvicorn in a thread."""
    with serve_in_thread(build_app(service), "web-ui-server") as url:
        yield url


def _shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.mouse.move(0, 0)  # no hover or focus styles in the pictures
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.screenshot(path=str(ARTIFACTS / f"web_chat_{name}.png"))


def test_chat_in_a_browser(base_url: str, tmp_path: Path) -> None:
    with chromium_page() as page:
        errors = console_errors(page)
        page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
        page.goto(base_url + "/")
        expect(page.locator(".app-head")).to_contain_text("2 indexed documents")
        expect(page.locator("#sources")).to_contain_text("Ask a question")
        _shot(page, "01_empty")

        page.locator("#send").click()  # an empty question: a gentle hint, nothing sent
        expect(page.get_by_text("Type a question about your documents first.")).to_be_visible()
        expect(_bot(page)).to_have_count(0)
        page.locator('[data-testid="toast-close"]').click()

        _answer_and_its_source(page)
        _follow_up_then_abstention(page)
        _copy_as_markdown(page)
        _upload_in_the_page(page, tmp_path)
        _ask(page, "When was the Zephyr lighthouse built?")
        expect(_bot(page).nth(3)).to_contain_text("1884")
        _shot(page, "08_uploaded_answer")

        page.set_viewport_size({"width": 390, "height": 844})
        page.evaluate("window.scrollTo(0, 0)")
        assert not has_horizontal_overflow(page)
        _shot(page, "09_mobile")

        assert "Traceback" not in page.content()
        assert [e for e in errors if "favicon" not in e] == []


def _answer_and_its_source(page: Page) -> None:
    _ask(page, "Where will Trump and Putin meet?")
    first = _bot(page).nth(0)
    expect(first.locator("a.cite").first).to_be_visible()
    assert len(first.inner_text()) > 80
    expect(page.locator("#sources .sources-head")).to_contain_text("Sources")
    _shot(page, "02_answer")

    n = _source_about_the_place(page)
    first.locator(f'a.cite[href="#cite-1-{n}"]').first.click()
    source = page.locator(f"#cite-1-{n}")
    expect(source).to_have_attribute("open", "")
    expect(source.locator("mark")).to_be_visible()
    expect(source.locator("mark")).to_contain_text(PLACE)
    expect(source).to_be_in_viewport()
    _shot(page, "03_source_opened")


def _follow_up_then_abstention(page: Page) -> None:
    _ask(page, "Who else is travelling with him?")
    expect(_bot(page).nth(1).locator('a.cite[href^="#cite-2-"]').first).to_be_visible()
    expect(page.locator("#sources .note").first).to_contain_text("Putin")  # the search used the first turn
    _shot(page, "04_follow_up")

    _bot(page).nth(0).locator('a.cite[href="#cite-1-1"]').first.click()  # an earlier marker opens its own source
    expect(page.locator("#cite-1-1")).to_have_attribute("open", "")
    expect(page.locator("#cite-1-1")).to_be_visible()

    _ask(page, "What is the capital of France?")
    expect(_bot(page).nth(2).locator(".abstain")).to_contain_text("The documents do not answer this question.")
    expect(_bot(page).nth(2).locator("a.cite")).to_have_count(0)
    expect(page.locator("#sources .sources-head").first).to_have_text("Closest passages")
    _shot(page, "05_abstention")


def _copy_as_markdown(page: Page) -> None:
    page.locator("#copy-md").click()
    expect(page.locator("#copy-md")).to_have_attribute("data-flash", "Copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("The documents do not answer this question.") and "Closest passages" in copied
    page.locator("#md-box > button").click()
    expect(page.locator("#md-box")).to_contain_text("Closest passages:")
    _shot(page, "06_markdown")
    expect(page.locator("#copy-md[data-flash]")).to_have_count(0)  # the "Copied" note goes away


def _upload_in_the_page(page: Page, tmp_path: Path) -> None:
    note = tmp_path / "lighthouse.txt"
    note.write_text("The Zephyr lighthouse on Corvin Island was built in 1884 by the engineer Ada Morrow.\n\n"
                    "Its lamp was electrified in 1931 and automated in 1978.\n", encoding="utf-8")
    page.locator("#upload-box > button").click()
    page.locator("#upload-box input[type=file]").set_input_files(str(note))
    # Gradio's file list shows the name and its extension in two spans ("lighthouse .txt")
    expect(page.locator("#upload-box")).to_contain_text(re.compile(r"lighthouse\s*\.txt"))
    page.locator("#add-files").click()
    expect(page.locator("#upload-status")).to_contain_text("Added 1 document", timeout=60_000)
    expect(page.locator(".app-head")).to_contain_text("3 indexed documents")
    _shot(page, "07_upload")


def _source_about_the_place(page: Page) -> int:
    """The number of the first source whose supporting span names the meeting place."""
    for details in page.locator("#sources details.source").all():
        if PLACE.search(details.locator("mark").text_content() or ""):
            return int((details.get_attribute("id") or "").rsplit("-", 1)[1])
    raise AssertionError("no source of the first answer marks the meeting place")


def test_gradio_client_asks(base_url: str) -> None:
    from gradio_client import Client

    client = Client(base_url + "/", verbose=False)
    first = client.predict("Where will Trump and Putin meet?", api_name="/ask")
    assert "[^1]" in first and "**Sources**" in first and PLACE.search(first)
    history = [{"role": "user", "content": "Where will Trump and Putin meet?"}, {"role": "assistant", "content": first}]
    follow_up = client.predict("Which Russian officials will be on the team?", history, api_name="/ask")
    assert "[^1]" in follow_up and "Lavrov" in follow_up


def test_upload_handler_indexes_then_answers(service: ChatService, tmp_path: Path) -> None:
    note = tmp_path / "orrin-dam.md"
    note.write_text("# Orrin Valley dam\n\nThe Orrin Valley dam was completed in 1962 and holds back Lake Tessel.\n",
                    encoding="utf-8")
    before = int(service.documents()["n_documents"])
    handlers = Handlers(service)
    updates = list(handlers.add_files([str(note)]))
    assert any("<progress" in u[0] for u in updates[:-1]) or len(updates) == 1
    status, files, header = updates[-1]
    assert "Added 1 document" in status and files is None
    assert f"{before + 1} indexed documents" in header

    answer = service.ask("When was the Orrin Valley dam completed?")
    assert not answer.abstained and "1962" in answer.answer

    refused = tmp_path / "tool.exe"
    refused.write_bytes(b"MZ")
    status, _, _ = list(handlers.add_files([str(refused)]))[-1]
    assert "Nothing was added" in status and "not a supported type" in status


def test_answers_stream_into_the_chat(service: ChatService) -> None:
    conv = Conversation()
    updates = list(Handlers(service).respond("Why is the meeting between Trump and Putin held in Alaska?", conv))
    bot_texts = [u[0][-1]["content"] for u in updates if isinstance(u[0], list) and u[0][-1]["role"] == "assistant"]
    assert bot_texts.pop(0) == PENDING_HTML  # shown at once, before retrieval
    assert len(set(bot_texts)) > 2  # the answer grew sentence by sentence
    assert all(later.startswith(earlier[:40]) for earlier, later in zip(bot_texts, bot_texts[1:]))
    assert 'class="cite"' in bot_texts[-1]
    assert conv.markdown.startswith(conv.turns[-1].content.split("[")[0].rstrip()[:40])
    assert [t.role for t in conv.turns] == ["user", "assistant"]


def test_question_errors_are_chat_messages(service: ChatService) -> None:
    updates = list(Handlers(service).respond("why " * 600, Conversation()))
    last = updates[-1][0][-1]
    assert last["role"] == "assistant" and "The question is" in last["content"] and "keep it under" in last["content"]


def _citation(start: int, quote: str) -> Citation:
    return Citation(1, "d", "A <b>title</b>", "/srv/corpus/a.txt", "", "c1", start, start + len(quote), quote, 0.9)


def test_passage_parts_places_the_quote_in_its_chunk() -> None:
    chunk = Chunk("c1", "d", 0, 100, 140, "They will meet in Anchorage on Friday.", 8)
    assert passage_parts(chunk, _citation(118, "Anchorage")) == ("They will meet in ", "Anchorage", " on Friday.")
    assert passage_parts(chunk, _citation(5, "Friday")) == ("They will meet in Anchorage on ", "Friday", ".")
    assert passage_parts(None, _citation(5, "Friday")) == ("", "Friday", "")


def test_rendering_escapes_document_text() -> None:
    html = answer_html("Meet *here* <now>. [2]", 3)
    assert "\\*here\\*" in html and "&lt;now&gt;" in html and 'href="#cite-3-2"' in html
    panel = sources_html([_citation(0, "x <script>")], {}, 1, abstained=False)
    assert "<script>" not in panel and "&lt;b&gt;title" in panel and "/srv/corpus" not in panel and "a.txt" in panel


def test_a_conversation_exports_as_a_briefing(service: ChatService) -> None:
    h, conv = Handlers(service), Conversation()
    assert h.export("md", conv)[0] is None  # nothing asked yet: a message, no file
    for question in ("Where will Trump and Putin meet?", "What is the capital of France?"):
        list(h.respond(question, conv))
    for fmt in ("md", "html", "docx"):
        path, status = h.export(fmt, conv)
        assert status == "" and Path(path).suffix == f".{fmt}" and Path(path).stat().st_size > 500
    text = Path(h.export("md", conv)[0]).read_text(encoding="utf-8")
    assert "## Where will Trump and Putin meet?" in text and "[^1]:" in text
    assert "Not answered by the sources." in text
