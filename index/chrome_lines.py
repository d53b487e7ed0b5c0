"""Lines of an extracted web page that are the page's chrome whatever the template: a
widget's counter, a notice about the page, an ad slot's lone label. Pure functions on one
line of text; :mod:`index.extract_html` applies them to the blocks trafilatura kept."""

from __future__ import annotations

import re

# Lines a page's widgets write, whatever the page: a reaction or view counter ("2 Likes",
# "1.2k views") and the note a script-driven control shows without JavaScript.
_WIDGET_LINE = re.compile(
    r"^\W*(?:\d[\d,.]*\s*[km]?\s+(?:likes?|comments?|views?|shares?|replies|reply|reactions?|upvotes?)"
    r"|(?:please\s+)?(?:turn\s+on|enable|switch\s+on|activate)\s+javascript\b[^.!?]{0,60}"
    r"|(?:this\s+(?:feature|page|site|content)\s+)?(?:requires|needs)\s+javascript\b[^.!?]{0,40}"
    r"|javascript\s+is\s+(?:disabled|required|turned\s+off)\b[^.!?]{0,60})\W*$", re.IGNORECASE)


# Lines of a page that are notices about it, not its text: an affiliate disclosure, an ad
# slot's lone label, a call to follow or tag the site on a social network, a feed
# stylesheet's note on what a web feed is and an item's guid line.
_NOTICE = re.compile(
    r"\baffiliate\s+links?\b|\bas\s+an\s+amazon\s+associate\b|\bearns?\s+(?:a\s+small\s+)?commission"
    r"|\b(?:follow|tag|find|like|join|mention)\s+(?:us|me|@[\w.]+)\s+(?:on|at)\s+(?:instagram|facebook|twitter|x"
    r"|tiktok|pinterest|youtube|threads|bluesky|mastodon|linkedin)\b"
    r"|\bthis\s+is\s+an?\s+(?:web|rss|atom|news)\s+feed\b|\bfeed\s+reader\b", re.IGNORECASE)
_NOTICE_WORDS = 40
_LABEL_LINE = re.compile(
    r"^\W*(?:(?:advertisement|advertising|ads?|sponsored(?:\s+content)?|scroll\s+to\s+continue"
    r"(?:\s+with\s+content)?)\W*)+$|^\W*(?:guid|permalink)\s*:\s*\S+$", re.IGNORECASE)


def is_chrome_line(block: str) -> bool:
    """A widget's line (:data:`_WIDGET_LINE`), a notice line (:data:`_NOTICE`) of at most
    :data:`_NOTICE_WORDS` words, a lone ad label ("Advertisement", "ADVERTISEMENT · Scroll to
    continue") or a feed item's guid line."""
    if _WIDGET_LINE.match(block) or _LABEL_LINE.match(block):
        return True
    return len(block.split()) <= _NOTICE_WORDS and bool(_NOTICE.search(block))
