"""Lines of an extracted web page that are the page's chrome whatever the template: a
widget's counter, a notice about the page, an ad slot's lone label. Pure functions on one
line of text; :mod:`index.extract_html` applies them to the blocks trafilatura kept."""

from __future__ import annotations

import re

# Lines a page's widgets write, whatever the page: a reaction or view counter ("2 Likes",
# "1.2k views") and the note a script-driven control shows without JavaScript.
_WIDGET_LINE = re.compile(
    r"^\W*(?:\d[\d,.]*\s*[km]?\s+(?:likes?|comments?|views?|shares?|replies|reply|reactions?|upvotes?"
    r"|followers?|subscribers?|claps?)"
    r"|(?:please\s+)?(?:turn\s+on|enable|switch\s+on|activate)\s+javascript\b[^.!?]{0,60}"
    r"|(?:this\s+(?:feature|page|site|content)\s+)?(?:requires|needs)\s+javascript\b[^.!?]{0,40}"
    r"|javascript\s+is\s+(?:disabled|required|turned\s+off)\b[^.!?]{0,60})\W*$", re.IGNORECASE)


_JOIN = (r"join|follow|participe|entre|siga|únete|unete|sigue|unisciti|segui|volg|word\s+lid|rejoignez|suivez"
         r"|folgen|tritt")
_CHANNEL = (r"channel|canal|canale|kanaal|cha[iî]ne|kanal|group|grupo|gruppo|groep|groupe|gruppe|community"
            r"|comunidade|comunidad")
_MESSENGER = r"whatsapp|telegram|signal"
# Lines of a page that are notices about it, not its text: an affiliate disclosure, an ad
# slot's lone label, a call to follow or tag the site on a social network, a feed
# stylesheet's note on what a web feed is and an item's guid line.
_NOTICE = re.compile(
    r"\baffiliate\s+links?\b|\bas\s+an\s+amazon\s+associate\b|\bearns?\s+(?:a\s+small\s+)?commission"
    r"|\b(?:follow|tag|find|like|join|mention)\s+(?:us|me|@[\w.]+)\s+(?:on|at)\s+(?:instagram|facebook|twitter|x"
    r"|tiktok|pinterest|youtube|threads|bluesky|mastodon|linkedin)\b"
    # the same call in any language: a handle, then within a few words the network's name
    # ("Merk @kosblog op Instagram!", "Taggez @cuisine sur Instagram")
    r"|(?<![\w.])@[\w.]{2,30}\s+(?:\S+\s+){0,2}(?:instagram|tiktok|pinterest|threads|bluesky|mastodon)\b\W*$"
    r"|\bthis\s+is\s+an?\s+(?:web|rss|atom|news)\s+feed\b|\bfeed\s+reader\b"
    # a sponsor's read ("This episode is supported by ... Use code GARDEN10 ...")
    r"|\b(?:this|today's)\s+(?:episode|show|podcast|video|newsletter|issue)\s+is\s+(?:brought\s+to\s+you"
    r"|sponsored|supported|made\s+possible|presented)\s+by\b|\buse\s+(?:the\s+)?(?:promo\s+|discount\s+|coupon\s+)?code"
    r"\s+(?-i:[A-Z0-9]{3,})\b"
    # a form's consent line ('By clicking "Post Your Answer", you agree to our terms ...')
    r"|^by\s+(?:clicking|tapping|signing\s+up|subscribing|submitting|registering|continuing|creating\s+an\s+account)"
    r"\b.{0,80}?\byou\s+(?:agree|accept|consent)\b"
    # a call to join a messenger channel, in the languages we read ("Participe do canal ... no WhatsApp")
    rf"|\b(?:{_JOIN})\b[^.!?]{{0,60}}\b(?:{_CHANNEL})\b[^.!?]{{0,60}}\b(?:{_MESSENGER})\b"
    rf"|\b(?:{_JOIN})\b[^.!?]{{0,40}}\b(?:{_MESSENGER})\s+(?:{_CHANNEL})\b"
    # a page's feedback prompt ("Was this page helpful?") and a mailing-list archive's footer
    r"|^(?:was|is|did\s+you\s+find)\s+this\s+(?:page|article|information|answer|content|post)"
    r"\s+(?:helpful|useful)\b|^more\s+information\s+about\s+the\s+.{1,60}\s+mailing\s+list\W*$"
    # a live story's note about itself and a closed comment thread's
    r"|^\W*this\s+is\s+an?\s+(?:developing|breaking|updating)\s+(?:news\s+)?story\b"
    r"|^\W*comments\s+(?:are|have\s+been)\s+closed\b"
    # a call to comment, pointing at the thread under the story ("Have your say in the comments below.")
    r"|^[^.!?]{0,60}\bin\s+the\s+comments?(?:\s+section)?(?:\s+below)?\s*[.!]?$"
    # the notice a site shows in place of Google's hidden reCAPTCHA badge ("This site is protected
    # by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."), Google's own wording
    r"|\bprotected\s+by\s+recaptcha\b"
    # a licence statement ("This work is licensed under a Creative Commons ... License.")
    r"|\blicensed\s+under\s+(?:a|an|the)\s+[^.!?]{0,80}\b(?:licen[cs]e|creative\s+commons)\b",
    re.IGNORECASE)
# A link to another story after a "read also" label, in the languages we read ("Leggi anche
# Olginate, ...", "Lees ook: ...", "Veja também: ..."): a label and a headline, no more.
_READ_ALSO = re.compile(
    r"^\W*(?:read\s+also|also\s+read|see\s+also|read\s+more|read\s+next|leggi\s+anche|leggi\s+pure|lees\s+ook"
    r"|lees\s+meer|veja\s+tamb[ée]m|leia\s+tamb[ée]m|leia\s+mais|lire\s+aussi|[àa]\s+lire\s+aussi"
    r"|lesen\s+sie\s+auch|auch\s+interessant|lee\s+tambi[ée]n|te\s+puede\s+interesar"
    # Norwegian, Danish, Swedish, Finnish, Greek and Turkish ("Les også:", "İLGİLİ HABER:")
    r"|les\s+ogs[åa]|l[æa]s\s+ogs[åa]|l[äa]s\s+(?:ocks[åa]|[äa]ven)|lue\s+my[öo]s|διαβάστε\s+επίσης"
    r"|δείτε\s+επίσης|ilgili\s+haber|ayr[ıi]ca\s+(?:oku|bak[ıi]n))\b"
    r"(?:\s*[:\-–—>»|]|\s+(?-i:[A-Z0-9\"“«]))", re.IGNORECASE)  # then a separator or a headline's capital
_READ_ALSO_WORDS = 25
_NOTICE_WORDS = 40
_SENTENCES = re.compile(r"[.!?]\s+\S")  # a line of more than one sentence is text, not a link
# An ad slot's label in the other major European languages: Spanish, Portuguese, French,
# Italian, German, Dutch; Slavic, Baltic, Nordic, Greek, Turkish, Hungarian and Romanian;
# Urdu, Persian and Hindi ("Реклама", "Reklama", "اشتہار", "تبلیغات", "विज्ञापन").
_AD_LABELS = (r"publicidad|publicidade|anuncio|patrocinado|publicit[ée]|sponsoris[ée]|pubblicit[àa]"
              r"|sponsorizzato|anzeige|werbung|gesponsert|advertentie|reclame|gesponsord"
              r"|реклама|reklama|reklam|reklaam|reklāma|oglas|annonse|annons|mainos|διαφήμιση"
              r"|hirdetés|publicitate|اشتہار|تبلیغات|विज्ञापन")
_AD_LABEL = (rf"^\W*(?:(?:advertisement|advertising|ads?|sponsored(?:\s+content)?|scroll\s+to\s+continue"
             rf"(?:\s+with\s+content)?|{_AD_LABELS})\W*)+$")
_AD_LABEL_LINE = re.compile(_AD_LABEL, re.IGNORECASE)
_LABEL_LINE = re.compile(
    rf"{_AD_LABEL}|^\W*(?:guid|permalink)\s*:\s*\S+$"
    r"|^\W*(?:url|link|address|source\s+url)\s*:\s*https?://\S+$"
    # a short link or permalink: a label of up to three words, then a bare address with a path
    # ("Short link: exmpl.news/x7Kq2"), in any language
    r"|^\W*(?:[^\s:]+\s+){0,2}[^\s:]+\s*:\s*(?:https?://)?[\w-]+(?:\.[\w-]+)+/\S+$"
    # an event page's buttons beside its date and place, and a call to follow on Google News
    r"|^\W*(?:add\s+to\s+(?:(?:google|apple|outlook|ical)\s+)?calendar|show\s+map|view\s+map|get\s+directions)\W*$"
    r"|^[^.!?]{0,80}\bgoogle\s+news\W*$"
    # a press release's media lines ("Photo - https://...") and its source line ("SOURCE Name Ltd")
    r"|^(?:\s*(?:photo|logo|video|image|multimedia)s?\s*[-–:]\s*https?://\S+)+\s*$|^(?-i:SOURCE)\s+[^.!?]{1,60}$"
    # a citation tool's label
    r"|^\W*(?:how\s+to\s+cite(?:\s+this\s+(?:article|page|item|paper))?|cite\s+this\s+(?:article|page|item|paper)"
    r"|citation\s+formats?|export\s+citation)\W*$", re.IGNORECASE)
# A row of links in brackets, an old archive's navigation ("[Home] [Databases] [Help]").
_BRACKET_ROW = re.compile(r"^\s*(?:\[[^\[\]]{1,40}\]\s*){2,}$")
# A forum's pager, a label and the page numbers with the current one in brackets ("Pages: [1] 2 3",
# Simple Machines' "Sider: [1]"): whatever word labels it, it is navigation.
_PAGER = re.compile(r"^\s*[^\W\d_]{2,20}\s*:(?=[^\[\]]*\[\d{1,4}\])\s*(?:(?:\[\d{1,4}\]|\d{1,4}|\.\.\.|…)\s*)+$")
# A copyright line: one that opens with the notice, or says all rights are reserved; in
# Korean the notice names the holder ("<저작권자(c) ...>").
_COPYRIGHT = re.compile(r"^\W*(?:copyright\b|©|ⓒ|\(c\)\s*\d{4})|\ball\s+rights\s+reserved\b|저작권자",
                        re.IGNORECASE)
_COPYRIGHT_WORDS = 30
# A footer's row of links ("About | Privacy Policy | Terms | Contact"): three or more short
# parts, one of them a site's policy page.
_POLICY = re.compile(r"\b(?:privacy|cookies?|terms|disclaimers?|copyright\s+policy|accessibility|sitemap"
                     r"|impressum|imprint|legal\s+notice)\b", re.IGNORECASE)
_ROW_PART_WORDS = 6
# A contact box's line, only an e-mail address, a phone number or a web address (or several,
# "ir@example.com · +44 20 7946 0000"), with an e-mail address or an international number
# among them (a line of figures alone may be a date): how to reach the site, not its text.
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d ().-]{6,}\d|(?:https?://|www\.)\S+", re.IGNORECASE)
_CONTACT_SEPARATOR = re.compile(r"\s*(?:[·•|/;,]|\s[-–]\s)\s*")


def is_chrome_line(block: str) -> bool:
    """A widget's line (:data:`_WIDGET_LINE`), a notice line (:data:`_NOTICE`) of at most
    :data:`_NOTICE_WORDS` words (a licence statement among them), a lone ad label
    ("Advertisement", "ADVERTISEMENT · Scroll to continue"), a feed item's guid line or a
    labelled lone address ("URL: https://..."), a press release's "Photo - https://..." and
    "SOURCE Name" lines, a citation tool's "How to Cite", a contact line (:data:`_CONTACT`), a row
    of bracketed links, a forum's pager (:data:`_PAGER`), a footer's policy link row, a copyright
    line, or a "read also" link to another story (:data:`_READ_ALSO`)."""
    if _WIDGET_LINE.match(block) or _LABEL_LINE.match(block) or _BRACKET_ROW.match(block) or _is_count_row(block) \
            or _PAGER.match(block):
        return True
    if _is_contact_line(block):
        return True
    if _is_policy_row(block) or (_COPYRIGHT.search(block) and len(block.split()) <= _COPYRIGHT_WORDS):
        return True
    if _READ_ALSO.match(block) and len(block.split()) <= _READ_ALSO_WORDS and not _SENTENCES.search(block):
        return True
    return len(block.split()) <= _NOTICE_WORDS and bool(_NOTICE.search(block))


def _is_contact_line(block: str) -> bool:
    parts = [part for part in _CONTACT_SEPARATOR.split(block.strip()) if part]
    return bool(parts) and all(_CONTACT.fullmatch(part) for part in parts) \
        and any("@" in part or part.startswith("+") for part in parts)  # not a lone date or range


def is_ad_label(block: str) -> bool:
    """Whether ``block`` is only an ad slot's label ("Advertisement", "ANZEIGE")."""
    return bool(_AD_LABEL_LINE.match(block))


_COUNT_PART = re.compile(r"^\d[\d,.]*\s*[km]?(?:\s+[^\W\d]+){1,2}$", re.IGNORECASE)


def _is_count_row(block: str) -> bool:
    """A profile card's counts ("412 followers · 38 events hosted"): parts split by "·", "|" or
    "•", each a number and one or two words, one of them a widget's count (see
    :data:`_WIDGET_LINE`)."""
    parts = [p.strip() for p in re.split(r"\s[|·•]\s", block)]
    return len(parts) >= 2 and all(_COUNT_PART.match(p) for p in parts) \
        and any(_WIDGET_LINE.match(p) for p in parts)


def _is_policy_row(block: str) -> bool:
    """A footer's link row (see :data:`_POLICY`), its parts split by "|" or "·"."""
    parts = [p for p in re.split(r"\s[|·]\s", block) if p.strip()]
    return len(parts) >= 3 and all(len(p.split()) <= _ROW_PART_WORDS for p in parts) \
        and any(_POLICY.search(p) for p in parts)


# A reading-time label: "18 minute read", "5 min read", "Reading time: 6 minutes", and in
# Spanish, French, German, Italian and Dutch ("5 min de lectura", "Lesezeit: 4 Min.").
_READING_TIME = re.compile(
    r"\d+\s*(?:-\s*)?(?:min(?:ute)?s?|min\.)\s+(?:read|de\s+(?:lectura|lecture|leitura)|lesezeit|di\s+lettura"
    r"|leestijd)|(?:reading\s+time|read\s+time|tiempo\s+de\s+lectura|temps\s+de\s+lecture|lesezeit"
    r"|tempo\s+di\s+lettura|leestijd)\s*:?\s*\d+\s*(?:min(?:ute)?s?|minuten|minutos|minuti|min\.?)",
    re.IGNORECASE)
_SEPARATOR = re.compile(r"\s*([·•|])\s*")


def without_reading_time(block: str) -> str:
    """``block`` without its reading-time label: "" for a line that is only one ("18 minute
    read"), and a byline's segment dropped with its separator ("Words by A · May 14, 2022 ·
    18 minute read" -> "Words by A · May 14, 2022"); other lines unchanged."""
    if _READING_TIME.fullmatch(block.strip(" ·•|-–—")):
        return ""
    parts = _SEPARATOR.split(block)
    if len(parts) == 1:
        return block
    segments, separators = parts[::2], parts[1::2]
    kept = [s for s in segments if s.strip() and not _READING_TIME.fullmatch(s.strip())]
    if len(kept) == len([s for s in segments if s.strip()]):
        return block
    return f" {separators[0]} ".join(kept)
