"""A discussion thread's posts, written as sibling boxes classed as comments, are its content
(:mod:`index.html_posts`); a story's comment section stays out."""

from __future__ import annotations

from index.extract_html import extract_html

_POST = """<article class="msg userComment">
 <aside class="poster"><b>{who}</b><ul><li>Member</li><li>{n} posts</li></ul></aside>
 <div class="msg_inner"><div class="msg_meta">Posted <time datetime="2025-05-0{d}T10:00:00Z">{d} May</time></div>
  <div class="msg_wrap"><div class="richtext">{text}</div></div>
  <div class="msg_controls"><a href="#">Quote</a> <a href="#">Like</a> <a href="#">Report</a></div></div>
</article>"""

_THREAD = """<html><head><title>Allotment water troughs - Gardening forum</title></head><body>
<header><a href="/">Gardening forum</a><nav><a href="/">Forums</a> <a href="/new">New posts</a></nav></header>
<main><h1>When are the allotment water troughs turned back on?</h1>
<div class="thread">{posts}</div>
<div class="pager"><span>Page 1 of 1</span></div>
<div class="join-box"><p>Join the conversation</p><p>You can post now and register later.</p></div>
</main><footer><p>Powered by a forum engine</p></footer></body></html>"""

_FIRST = ("<p>The troughs on the lower site were drained for the frost in November and are still dry.</p>"
          "<p>Does anyone know when the committee plans to turn the water back on?</p>")
_SECOND = ("<blockquote><p>Does anyone know when the committee plans to turn the water back on?</p></blockquote>"
           "<p>The secretary wrote in the newsletter that the plumber is booked for the second week of April.</p>"
           "<p>Until then the tap by the gate still works, though the queue there gets long at weekends.</p>"
           "<p>These are the dates the plumber gave for each site this spring:</p>"
           "<table><tr><th>Site</th><th>Day</th></tr><tr><td>Lower site</td><td>8 April</td></tr>"
           "<tr><td>Upper site</td><td>10 April</td></tr></table>")
_THIRD = "<p>Thanks, that helps a lot!</p><p>I will bring two full cans from home until the plumber has been.</p>"


def test_every_post_of_a_thread_classed_as_comments_is_read_and_its_controls_go() -> None:
    posts = "".join(_POST.format(who=w, n=n, d=d, text=t)
                    for w, n, d, t in (("Ann", 12, 1, _FIRST), ("Bill", 840, 2, _SECOND), ("Cat", 3, 3, _THIRD)))
    text = extract_html(_THREAD.format(posts=posts)).text
    for sentence in ("The troughs on the lower site were drained for the frost in November and are still dry.",
                     "The secretary wrote in the newsletter that the plumber is booked for the second week of April.",
                     "I will bring two full cans from home until the plumber has been.", "Thanks, that helps a lot!"):
        assert sentence in text
    assert text.index("The troughs") < text.index("The secretary") < text.index("I will bring")
    assert "Page 1 of 1" not in text and "register later" not in text


def test_a_storys_comment_section_stays_out() -> None:
    story = "".join(f"<p>{s}</p>" for s in (
        "The allotment society has voted to turn the water troughs back on in the second week of April.",
        "Members had asked for an earlier date after a dry March, but the plumber could not come sooner.",
        "The secretary said the tap by the gate would stay on for anyone who needs water before then.",
        "The society will also replace two of the oldest troughs on the lower site later in the year.",
        "Its annual meeting, where members will vote on next year's rents, takes place in June.")) * 2
    comments = "".join(f'<div class="comment"><p class="who">Reader {i}</p><p>{t}</p></div>' for i, t in (
        (1, "About time too, my beans were dying last summer before the water came on."),
        (2, "The tap by the gate has been dripping for months, has anyone told the society?")))
    page = (f"<html><body><main><h1>Allotment water back in April</h1><article>{story}</article>"
            f'<section class="comments"><h2>Comments</h2>{comments}</section></main></body></html>')
    text = extract_html(page).text
    assert "annual meeting" in text
    assert "beans were dying" not in text and "dripping for months" not in text


_BB_POST = """<article class="message message--post">
 <div class="message-cell message-cell--user"><h4 class="message-name"><a href="/m/{who}">{who}</a></h4>
  <h5 class="userTitle">{rank}</h5><dl><dt>Joined</dt><dd>{joined}</dd></dl></div>
 <div class="message-cell message-cell--main">
  <header class="message-attribution"><ul><li><a href="#p{n}">#{n}</a></li></ul></header>
  <div class="message-content"><article class="message-body"><div class="bbWrapper">{text}</div></article></div>
  <footer class="message-footer"><a href="/reply?quote={n}">Reply</a></footer></div>
</article>"""


def test_bare_text_posts_of_a_bbcode_thread_are_read_without_their_author_panes() -> None:
    # Invented: a bbCode forum (XenForo's markup) writes each post as bare text split by <br> in
    # a box, with no <p>, beside the poster's name, rank and join date; a quote has a button
    first = ("The footbridge over the mill stream has had a barrier across it since Friday.<br>"
             "Does anyone know whether the council is repairing it or closing it for good?")
    second = ('<blockquote class="bbCodeBlock"><div class="bbCodeBlock-title">Nell wrote:</div>'
              "<div>Does anyone know whether the council is repairing it?</div>"
              '<div class="bbCodeBlock-expandLink"><a role="button">Click to expand...</a></div></blockquote>'
              "The parish newsletter says the deck boards are rotten and will be replaced before Easter.<br><br>"
              "Until then the path round by the weir is the only way across on foot.")
    third = "I walked it this morning and the diversion signs are up at both ends of the lane now."
    posts = "".join(_BB_POST.format(who=w, rank=r, joined=j, n=n, text=t) for w, r, j, n, t in (
        ("Nell", "Regular walker", "March 2019", 1, first), ("Otto", "Old hand", "June 2015", 2, second),
        ("Pia", "Newcomer", "May 2024", 3, third)))
    text = extract_html(_THREAD.format(posts=posts)).text
    for sentence in ("The footbridge over the mill stream has had a barrier across it since Friday.",
                     "The parish newsletter says the deck boards are rotten and will be replaced before Easter.",
                     "Until then the path round by the weir is the only way across on foot.",
                     "I walked it this morning and the diversion signs are up at both ends of the lane now."):
        assert sentence in text, sentence
    for furniture in ("Regular walker", "Old hand", "Newcomer", "March 2019", "Click to expand"):
        assert furniture not in text, furniture
