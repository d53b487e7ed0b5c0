"""HTML pages to main text: drop chrome elements, pick the article, then classify paragraphs.

The paragraph classification is shared with plain text (``index.clean``); this module only
turns a page's DOM into paragraphs and reads its title, date and canonical url.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from bs4 import BeautifulSoup, Tag
from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction

from .clean import Cleaned, _Block, _select, _squash, find_date

_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "form", "nav",
              "header", "footer", "aside", "button", "input", "select", "textarea", "object",
              "embed", "canvas", "figcaption", "dialog")
_CHROME_TOKENS = frozenset(
    "comment comments share shares sharing social related subscribe subscription newsletter"
    " cookie cookies consent gdpr paywall promo advert ad ads advertisement sponsor sponsored"
    " sidebar footer nav navbar navigation menu breadcrumb breadcrumbs popup modal signup"
    .split()
)
_CHROME_PREFIXES = ("comment", "social", "related", "subscri", "newsletter", "cookie", "consent",
                    "gdpr", "paywall", "promo", "advert", "sidebar", "footer", "navbar",
                    "breadcrumb", "popup", "modal", "signup", "sharebar", "sharing")
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "dialog"})
_BLOCK_TAGS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr"
    " figure address center body html hr br".split()
)
_LINKY_BLOCKS = frozenset("p li ul ol dl div section table".split())
_SKIP_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)


def _tokens(value: str) -> list[str]:
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", value)
    return [t for t in re.split(r"[^a-z0-9]+", spaced.lower()) if t]


def _names_chrome(el: Tag) -> bool:
    attrs = el.attrs or {}
    classes: Any = attrs.get("class") or []
    names = " ".join([*(classes if isinstance(classes, list) else [str(classes)]),
                      str(attrs.get("id") or "")])
    if str(attrs.get("role") or "").lower() in _CHROME_ROLES:
        return True
    return any(t in _CHROME_TOKENS or t.startswith(_CHROME_PREFIXES) for t in _tokens(names))


def _text_len(el: Tag) -> int:
    return len(el.get_text(" ", strip=True))


def _prune(root: Tag | BeautifulSoup, drop: Callable[[Tag], bool]) -> None:
    """Decompose every element ``drop`` picks, without visiting the inside of dropped ones.

    An explicit stack rather than find_all(): pages nest thousands of levels deep, and
    bs4's ``decomposed`` check searches the subtree, which made this quadratic.
    """
    stack = [c for c in root.children if isinstance(c, Tag)]
    while stack:
        el = stack.pop()
        if drop(el):
            el.decompose()
        else:
            stack.extend(c for c in el.children if isinstance(c, Tag))


def _drop_chrome(soup: BeautifulSoup) -> None:
    body = soup.body or soup
    total = max(1, _text_len(body))

    def drop(el: Tag) -> bool:
        if el.name in _DROP_TAGS:
            # A <header> inside the article holds its headline; keep that one.
            return not (el.name == "header" and el.find_parent("article") is not None)
        if el.name in ("html", "body", "main", "article") or not _names_chrome(el):
            return False
        # Guard: a class like "page-with-sidebar" on the wrapper must not take the article along.
        return el.find(["article", "main"]) is None and _text_len(el) < 0.6 * total

    _prune(soup, drop)


def _paragraph_text(el: Tag) -> int:
    return sum(_text_len(p) for p in el.find_all("p", recursive=False))


def _main_root(soup: BeautifulSoup) -> Tag | BeautifulSoup:
    body = soup.body or soup
    total = sum(_text_len(p) for p in body.find_all("p"))
    for name in ("article", "main"):
        found = body.find_all(name)
        if found:
            best = max(found, key=lambda el: sum(_text_len(p) for p in el.find_all("p")))
            if total == 0 or sum(_text_len(p) for p in best.find_all("p")) >= 0.3 * total:
                return best
    parents = {id(p.parent): p.parent for p in body.find_all("p") if isinstance(p.parent, Tag)}
    if parents:
        best_parent = max(parents.values(), key=_paragraph_text)
        if _paragraph_text(best_parent) >= 0.5 * total:
            return best_parent
    return body


def _text_and_link_lengths(root: Tag | BeautifulSoup) -> dict[int, list[int]]:
    """Text and link-text length of every element, in one pass over the strings.

    Calling get_text() per element would be quadratic on deeply nested pages.
    """
    lengths: dict[int, list[int]] = {}
    for node in root.descendants:
        if not isinstance(node, NavigableString) or isinstance(node, _SKIP_STRINGS):
            continue
        size = len(" ".join(node.split()))
        if not size:
            continue
        ancestors: list[Tag] = []
        linked = False
        parent = node.parent
        while parent is not None:
            ancestors.append(parent)
            linked = linked or parent.name == "a"
            if parent is root:
                break
            parent = parent.parent
        for el in ancestors:
            entry = lengths.setdefault(id(el), [0, 0])
            entry[0] += size
            entry[1] += size if linked else 0
    return lengths


def _drop_link_lists(root: Tag | BeautifulSoup) -> None:
    """Drop blocks that are mostly links: menus, tag clouds, lists of other stories."""
    lengths = _text_and_link_lengths(root)

    def drop(el: Tag) -> bool:
        text, linked = lengths.get(id(el), [0, 0])
        return el.name in _LINKY_BLOCKS and text > 0 and linked / text > 0.5

    _prune(root, drop)


def _block_parent(node: NavigableString | Tag, root: Tag | BeautifulSoup) -> int:
    parent = node.parent
    while parent is not None and parent is not root and parent.name not in _BLOCK_TAGS:
        parent = parent.parent
    return id(parent)


def _html_blocks(root: Tag | BeautifulSoup) -> list[_Block]:
    """Text of each block element (and each run split by <br>) as one paragraph."""
    pieces: list[list[str]] = [[]]
    bullets: list[bool] = [False]
    owner = -1
    for node in root.descendants:
        if isinstance(node, Tag):
            if node.name in ("td", "th"):
                pieces[-1].append(" ")  # cells of a row stay apart
            if node.name in ("br", "hr"):
                pieces.append([])
                bullets.append(False)
                owner = -1
            continue
        if isinstance(node, _SKIP_STRINGS) or not isinstance(node, NavigableString):
            continue
        current = _block_parent(node, root)
        if current != owner:
            owner = current
            pieces.append([])
            bullets.append(node.find_parent("li") is not None)
        pieces[-1].append(str(node))
    blocks = [_Block(_squash("".join(p)), b) for p, b in zip(pieces, bullets)]
    return [b for b in blocks if b.text]


def _metas(soup: BeautifulSoup) -> dict[str, str]:
    """Every <meta property|name|itemprop=KEY content=VALUE>, keys lower-cased, first wins."""
    found: dict[str, str] = {}
    for el in soup.find_all("meta"):
        content = _squash(str(el.get("content") or ""))
        for attr in ("property", "name", "itemprop"):
            key = str(el.get(attr) or "").lower()
            if key and content:
                found.setdefault(key, content)
    return found


def _meta(metas: dict[str, str], *keys: str) -> str:
    return next((metas[k.lower()] for k in keys if k.lower() in metas), "")


def _strip_site_suffix(title: str) -> str:
    """Drop " | Site Name" or " - Site" when what remains is still a real title."""
    parts = re.split(r"\s+[|\-–—·»]\s+", title)
    if len(parts) > 1 and len(" ".join(parts[:-1]).split()) >= 2 and len(parts[-1].split()) <= 5:
        return re.sub(r"\s+[|\-–—·»]\s+[^|\-–—·»]*$", "", title)
    return title


def _html_title(soup: BeautifulSoup, metas: dict[str, str]) -> str:
    title = _meta(metas, "og:title", "twitter:title")
    if not title and soup.title is not None:
        title = _squash(soup.title.get_text(" "))
    if not title:
        h1 = soup.find("h1")
        title = _squash(h1.get_text(" ")) if isinstance(h1, Tag) else ""
    return _strip_site_suffix(title) if title else ""


def _json_ld_dates(soup: BeautifulSoup) -> Iterator[str]:
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data: object = json.loads(script.string or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                if isinstance(item.get("datePublished"), str):
                    yield item["datePublished"]
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)


def _html_date(soup: BeautifulSoup, metas: dict[str, str]) -> str:
    candidates = [_meta(metas, "article:published_time", "date", "pubdate", "publishdate",
                        "datePublished", "dc.date", "DC.date.issued")]
    candidates.extend(_json_ld_dates(soup))
    for time in soup.find_all("time"):
        candidates.append(str(time.get("datetime") or time.get_text(" ")))
    for value in candidates:
        iso = find_date(value) if value else ""
        if iso:
            return iso
    return ""


def _html_url(soup: BeautifulSoup, metas: dict[str, str]) -> str:
    for link in soup.find_all("link", href=True):
        rel: Any = link.get("rel") or []
        if "canonical" in (rel if isinstance(rel, list) else str(rel).split()):
            return str(link["href"]).strip()
    return _meta(metas, "og:url")


def clean_html(html: str) -> Cleaned:
    """Clean an HTML page: drop chrome elements, pick the main content, classify paragraphs."""
    soup = BeautifulSoup(html, "lxml")
    # Metadata first: the dropping below removes <script> (JSON-LD) and <header>.
    metas = _metas(soup)
    title, date, url = _html_title(soup, metas), _html_date(soup, metas), _html_url(soup, metas)
    _drop_chrome(soup)
    root = _main_root(soup)
    _drop_link_lists(root)
    h1 = root.find("h1")
    heading = _squash(h1.get_text(" ")) if isinstance(h1, Tag) else ""
    paragraphs, found_title = _select(_html_blocks(root), title, (title, heading))
    return Cleaned("\n\n".join(paragraphs), title or found_title, date, url)
