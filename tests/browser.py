"""Real-browser helpers for tests: Debian's Chromium driven by Playwright.

Pages we ship (the HTML eval report, the web chat) are checked in a real browser, not only as
strings. A missing browser fails the test instead of skipping it: a skipped browser test
looks green while checking nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect, sync_playwright

from assistant.components import Components
from assistant.settings import load_settings
from assistant.web.service import ChatService
from index import Index

from .conftest import CORPUS

CHROMIUM = "/usr/bin/chromium"
# Every wait in a browser test is for the server's work (search, models) on a shared 2-core
# machine, so waits get 20 s, not Playwright's 5 s: a slow machine waits, a broken page still fails.
WAIT_MS = 20_000
expect.set_options(timeout=WAIT_MS)
# Headless in containers and CI: no sandbox (often no user namespaces), no GPU, and none of
# Chromium's own background traffic (updates, sync, QUIC probes), which the offline test run forbids.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]


def require_chromium() -> None:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test`, which installs Chromium for the browser tests",
                    pytrace=False)


@contextmanager
def chromium_page(width: int = 1280, height: int = 900, phone: bool = False) -> Iterator[Page]:
    """A fresh page in a headless Chromium that is closed afterwards, whatever the test does; ``phone``
    emulates a touch screen that honours the page's viewport meta tag."""
    require_chromium()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height}, has_touch=phone, is_mobile=phone)
            page.set_default_timeout(WAIT_MS)
            yield page
        finally:
            browser.close()


def console_errors(page: Page) -> list[str]:
    """A list that fills with the page's console errors and uncaught exceptions from now on."""
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return errors


def has_horizontal_overflow(page: Page) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1"))


def corpus_chat(home: Path) -> ChatService:
    """The chat service over the bundled corpus, indexed into ``home``."""
    settings = load_settings(env={"ASSISTANT_HOME": str(home)}, store=str(home / "store"))
    with Index(settings.index) as index:
        index.ingest([str(CORPUS)])
    return ChatService(Components.from_settings(settings))


def ask_in_chat(page: Page, question: str) -> None:
    """Type and send a question, then wait until the answer has finished streaming."""
    answers = bot_messages(page).count()
    page.locator("#question textarea").fill(question)
    page.locator("#send").click()
    # Send reads "Answering…" from before the answer's first words until after its last
    expect(bot_messages(page)).to_have_count(answers + 1, timeout=60_000)
    expect(page.locator("#send")).to_have_text("Send", timeout=60_000)
    expect(page.locator("#send")).to_be_enabled()


def bot_messages(page: Page) -> Locator:
    return page.locator('#chat [data-testid="bot"]')
