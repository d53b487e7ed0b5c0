"""The ``auto`` HTML extractor (:func:`index.extract_html.extract_html`) on the block shapes of
hosted page builders and Q&A sites: tables whose cells wrap their text in divs, and the other
cases each test names."""

from __future__ import annotations

from index.extract_html import extract_html
from index.html_chrome import without_boxed_chrome
from index.html_flat_tables import with_tables_rejoined
from index.html_headline_date import headline_date
from index.html_lead import with_lead
from index.html_prepare import parse
from index.html_text import squash

_PARAGRAPHS = "".join(f"<p>The garden club met again this week to plan the spring season, item {i}.</p>"
                      for i in range(4))


def test_a_table_whose_cells_wrap_their_text_in_divs_keeps_a_row_per_line() -> None:
    """A page builder's simple table: every cell a ``<div>`` in its ``<td>``, the column names
    in a first row of plain cells (no ``<th>``): a data table, not a layout of paragraphs."""
    cell = "<td><div class='txt'>{}</div></td>"
    rows = [("Plot", "Holder", "Fee"), ("North bed", "Ada Moss", "12 pounds"), ("South bed", "Ben Roe", "9 pounds")]
    table = "<table><tbody>" + "".join(
        "<tr>" + "".join(cell.format(c) for c in row) + "</tr>" for row in rows) + "</tbody></table>"
    page = f"<html><body><main><h1>Allotment plots for 2025</h1>{_PARAGRAPHS}{table}</main></body></html>"
    lines = extract_html(page).text.splitlines()
    assert any("North bed" in ln and "Ada Moss" in ln and "12 pounds" in ln and "South" not in ln for ln in lines)
    assert any("South bed" in ln and "Ben Roe" in ln and "9 pounds" in ln for ln in lines)


def test_a_photo_credit_at_the_end_of_a_caption_s_text_goes_and_the_caption_stays() -> None:
    figure = ("<figure><img src='a.jpg' alt=''><figcaption>Volunteers clear the towpath near the lock. "
              "Photo: Canal Trust</figcaption></figure>")
    page = f"<html><body><main><h1>Towpath reopens</h1>{figure}{_PARAGRAPHS}</main></body></html>"
    text = extract_html(page).text
    assert "Volunteers clear the towpath near the lock." in text and "Canal Trust" not in text


def test_a_photo_credit_in_greek_or_finnish_at_the_end_of_a_caption_goes() -> None:
    for credit, caption in (("(Φωτογραφία: Γιάννης Παππάς)", "Το νέο λιμάνι του Βόλου."),
                            ("Kuva: Anna Virtanen", "Uusi silta Tampereella.")):
        figure = f"<figure><img src='a.jpg' alt=''><figcaption>{caption} {credit}</figcaption></figure>"
        page = f"<html><body><main><h1>Towpath reopens</h1>{figure}{_PARAGRAPHS}</main></body></html>"
        text = extract_html(page).text
        assert caption in text and credit not in text and credit.strip("()").split(": ")[1] not in text


def test_a_qa_page_keeps_its_answers_marked_in_schema_org_but_not_their_comments() -> None:
    def post(prop: str, words: str, comment: str) -> str:
        return (f"<div class='answer' itemprop='{prop}' itemscope itemtype='https://schema.org/Answer'>"
                "<div class='post-layout'><div class='votecell'><div itemprop='upvoteCount'>7</div></div>"
                f"<div class='answercell'><div class='prose' itemprop='text'><p>{words}</p></div>"
                "<div class='post-signature'>answered <span>Jun 3, 2024</span> <a href='/u/1'>Kim</a></div></div>"
                f"<div class='post-comments'><ul><li class='comment'>{comment}</li></ul></div></div></div>")

    page = ("<html><body><main><div itemprop='mainEntity' itemscope itemtype='https://schema.org/Question'>"
            "<h1 itemprop='name'>Why do my tomatoes split on the vine?</h1>"
            "<div itemprop='text'><p>Every year the ripest tomatoes on my plants split open after a few days"
            " of rain. I water them every evening and feed them weekly. What am I doing wrong here?</p></div></div>"
            "<div id='answers'><h2>2 Answers</h2>"
            + post("acceptedAnswer", "Splitting comes from uneven watering: the fruit swells faster than its skin"
                   " can stretch after a dry spell ends with heavy rain.", "Thanks, that fixed it for me.")
            + post("suggestedAnswer", "Pick the fruit a day early when rain is forecast and let it ripen indoors"
                   " on a sunny windowsill.", "I do this too.")
            + "</div></main></body></html>")
    text = extract_html(page).text
    assert "Splitting comes from uneven watering" in text and "Pick the fruit a day early" in text
    assert "Thanks, that fixed it" not in text


def test_a_blog_post_s_entry_title_is_its_title_where_the_only_h1_is_the_blog_s_name() -> None:
    page = ("<html><head><title>Fen Walker: Wicken Fen in the frost, a winter circuit</title></head><body>"
            "<header><h1 class='title'><a href='https://fenwalker.example/'>Fen Walker</a></h1></header>"
            "<div class='post hentry'><h3 class='post-title entry-title'>Wicken Fen in the frost, a winter circuit</h3>"
            f"<div class='post-body entry-content'>{_PARAGRAPHS}</div></div>"
            "<aside><h2>Popular posts</h2><ul><li><h3 class='post-title'><a href='/a'>A walk to Ely</a></h3></li>"
            "</ul></aside></body></html>")
    parsed = extract_html(page)
    assert parsed.title == "Wicken Fen in the frost, a winter circuit"
    assert parsed.text.startswith("Wicken Fen in the frost, a winter circuit")


def test_the_heading_opening_the_article_is_the_title_where_the_h1_is_a_linked_masthead_outside_it() -> None:
    # Invented: a club's news page whose only <h1> is the club's name linking home, with no class
    # marking the post's title and a <title> that does not name the post.
    page = ("<html><head><title>Fen Walker club news</title></head><body>"
            "<div class='masthead'><h1><a href='https://fenwalker.example/'>Fen Walker</a></h1></div>"
            "<main><article><div class='kicker'>Walk report</div><h2>Wicken Fen in the frost, a winter circuit</h2>"
            f"{_PARAGRAPHS}</article></main></body></html>")
    parsed = extract_html(page)
    assert parsed.title == "Wicken Fen in the frost, a winter circuit"
    assert "Fen Walker\n" not in parsed.text + "\n"
    # an <h1> with more than its link, or an article that opens with prose, keeps its title
    page = page.replace("<div class='kicker'>Walk report</div>", "<p>Seven walkers came along this time.</p>")
    assert extract_html(page).title != "Wicken Fen in the frost, a winter circuit"


def test_a_standfirst_longer_than_the_meta_description_is_kept_whole() -> None:
    """The description holds the standfirst's first sentence only; the page shows both."""
    page = ("<html><head><meta name='description' content='The river rose two metres in a day, the most since"
            " 1998.'></head><body><div class='head'><h1 class='title'>Floods close the valley road</h1>"
            "<h2 class='subtitle'>The river rose two metres in a day, the most since 1998. More rain is due on"
            " Friday.</h2></div><article>" + _PARAGRAPHS + "</article></body></html>")
    assert "The river rose two metres in a day, the most since 1998. More rain is due on Friday." \
        in extract_html(page).text


def test_the_caption_of_a_header_photo_above_the_headline_is_kept() -> None:
    page = ("<html><body><header><nav><a href='/'>Home</a></nav></header><main><article>"
            "<figure class='header-image'><img src='ferry.jpg' alt=''><figcaption><span>The ferry at the quay on"
            " its first crossing this morning.</span> <span class='caption-credit'>(Photo: J. Smit)</span>"
            "</figcaption></figure><div class='meta'><time datetime='2025-03-03'>3 March 2025</time></div>"
            "<h1>Ferry sails again after months ashore</h1><p class='intro'><strong>The ferry between the two"
            " villages runs again after five months.</strong></p>"
            f"<div class='article-body'>{_PARAGRAPHS}</div></article></main></body></html>")
    text = extract_html(page).text
    assert "The ferry at the quay on its first crossing this morning." in text and "J. Smit" not in text


def test_the_author_card_a_post_ends_with_goes() -> None:
    card = ("<div class='x1'><h2 class='x2'>Written by Tom Hale</h2><p class='x3'>Gardener, beekeeper and"
            " reluctant committee member.</p></div>")
    page = (f"<html><body><main><article><h1>Allotment rents go up</h1>{_PARAGRAPHS}{card}</article></main>"
            "</body></html>")
    text = extract_html(page).text
    assert "The garden club met again" in text and "reluctant committee member" not in text


def test_a_caption_between_a_kept_standfirst_and_the_body_is_put_back() -> None:
    """A news template's article: the headline, a standfirst (kept), the source line, a share
    row, the lead photo's caption, and only then the body's container (one element a line, as
    templates write them)."""
    page = "\n".join([
        "<html><head><meta name='description' content='The county will rebuild the harbour wall next year.'>",
        "</head><body><main class='container'><article class='news-article'>",
        "<h1 class='news-title'>Harbour wall to be rebuilt</h1>",
        "<h2 class='news-spot'>The county will rebuild the harbour wall next year. Work starts in April.</h2>",
        "<div class='news-info'><span class='news-source'>Source: Agency</span></div>",
        "<div class='news-share'><span>Share</span> <a href='#'>Facebook</a> <a href='#'>X</a></div>",
        "<figure class='news-image'><img src='wall.jpg' alt='Harbour wall'>",
        "<figcaption>Storm damage on the harbour wall seen from the pier.</figcaption></figure>",
        f"<div class='news-content' itemprop='articleBody'>{_PARAGRAPHS}</div></article></main></body></html>"])
    text = extract_html(page).text
    assert "Storm damage on the harbour wall seen from the pier." in text and "Facebook" not in text


def test_a_subheading_between_kept_paragraphs_of_a_rich_text_block_is_put_back() -> None:
    """An intranet news page's rich-text web part: trafilatura keeps its paragraphs and drops
    its <h2> headings (the page's other boxes pull it to its fallback)."""
    text = extract_html(_INTRANET_PAGE).text
    assert "Parking" in text.split("\n\n") and "Bikes" in text.split("\n\n")
    assert text.index("Parking") < text.index("The car park") < text.index("Bikes") < text.index("Bike racks")


_INTRANET_PAGE = "\n".join([
    "<html><head><title>Car park works - The Hub</title></head><body>",
    "<div class='SuiteNav'><a href='/'>Home</a> <a href='/apps'>Apps</a></div>",
    "<div class='CanvasZone'><h1>Car park works start next week</h1>",
    "<div class='authorByline'><span>Sam Lee</span><span>Estates Officer</span></div>",
    "<div class='CanvasSection'><div class='cke_editable rte--read'>",
    "<p>Work to resurface the staff car park at Hill House starts on Monday and will take three weeks.</p>",
    "<p>The contractors will work in two halves so that some spaces stay open throughout.</p>",
    "<h2>Parking</h2>",
    "<p>The car park on Mill Lane will be open to staff with a permit while the works go on.</p>",
    "<p>Blue badge spaces by the main door will not be affected at any point.</p>",
    "<h2>Bikes</h2>",
    "<p>Bike racks are moving to the side of the building until the works are finished.</p>",
    "</div></div>",
    "<div class='quickLinks'><h2>Related links</h2>",
    "<a href='/travel'>Travel policy</a> <a href='/map'>Site map</a></div>",
    "<div class='comments'><h2>Comments</h2><p>Great news!</p></div>",
    "</div></body></html>"])


def test_a_description_shown_under_the_headline_without_its_full_stop_is_kept() -> None:
    """A help centre's article: the description under the headline, written without a full
    stop, is the meta description with one; trafilatura drops the description's box."""
    page = "\n".join([
        "<html><head><title>Renewing a permit | Help</title>",
        "<meta name='description' content='How to renew your parking permit online, and what it costs to do so.'>",
        "</head><body><div class='header'><a href='/'>Help Centre</a></div><main><article>",
        "<h1>Renewing a permit</h1>",
        "<div class='article__desc'>How to renew your parking permit online, and what it costs to do so</div>",
        "<div class='avatar'>Written by Sam Lee</div>",
        f"<div class='article__body'>{_PARAGRAPHS}</div></article></main></body></html>"])
    assert "How to renew your parking permit online, and what it costs to do so" in extract_html(page).text


def test_a_lead_written_as_a_classed_div_under_the_headline_is_put_back() -> None:
    # Invented: the lead is a <div> holding its text (a BEM class) between the headline and
    # the body; when the extractor starts the text at the body, the lead is put back over it.
    # An audio player's "summary" box, with its button, is no lead.
    body = [f"The ferry between the two islands will run {w} from June, the operator said on Monday."
            for w in ("hourly", "until midnight", "on Sundays too")]
    page = ("<html><body><main><div><h1>Island ferry to run hourly</h1>\n"  # lines apart, as pages are
            "<div class='story__lead'><strong>Islanders have waited ten years for a ferry that runs every hour of "
            "the day</strong></div>\n<div class='audio-summary'><button>Listen to this story</button> 3 min</div>\n"
            "<div class='story__body'>" + "".join(f"<p>{b}</p>" for b in body) + "</div></div></main></body></html>")
    blocks = with_lead(["Island ferry to run hourly", *body], parse(page), "Island ferry to run hourly")
    assert blocks[:2] == ["Island ferry to run hourly",
                          "Islanders have waited ten years for a ferry that runs every hour of the day"]
    assert not any("Listen" in b for b in blocks)


def test_a_details_list_of_label_and_value_spans_reads_as_rows() -> None:
    # Invented recipe card: three divs of a label span and a value span (times, servings);
    # a download list of links and file sizes is no such list.
    story = "".join(f"<p>{s}</p>" for s in (
        "This loaf has been on our table every Sunday since my grandmother first baked it in the village.",
        "The dough needs a long rise, so start it the evening before you want to bake.",
        "Serve it warm with salted butter and a pot of strong tea."))
    details = "".join(f"<div class='meta-row'><span class='meta-label'>{k}</span> "
                      f"<span class='meta-value'>{v}</span></div>"
                      for k, v in (("Prep time", "20 minutes"), ("Bake time", "40 minutes"), ("Servings", "10 slices")))
    files = "".join(f"<div class='doc'><a href='/f{i}.pdf'>{name}</a> <span>PDF {i}00 KB</span></div>"
                    for i, name in enumerate(("Recipe card", "Shopping list", "Nutrition sheet"), 1))
    page = (f"<html><body><main><article><h1>Grandmother's Sunday loaf</h1>{story}"
            f"<div class='meta'>{details}</div><div class='downloads'>{files}</div></article></main></body></html>")
    lines = extract_html(page).text.splitlines()
    assert any("Prep time" in line and "20 minutes" in line and "Bake time" not in line for line in lines)
    assert any("Servings" in line and "10 slices" in line for line in lines)
    assert not any("PDF 100 KB" in line for line in lines)


def test_a_wikis_tagline_under_the_title_goes() -> None:
    # Invented MediaWiki page: the skin's tagline box (id "siteSub") under the heading.
    para = ("The mill was built on the river in 1820 and ground corn for the three villages of the valley "
            "until the flood of 1911 took away its wheel.")
    page = (f"<html><head><title>Ashford Mill - Valley Wiki</title></head><body><div id='content'>"
            "<h1>Ashford Mill</h1><div id='bodyContent'>"
            "<div id='siteSub'>From Valley Wiki, the local history site</div>"
            f"<p>{para}</p><p>{para.replace('1820', '1822')}</p></div></div></body></html>")
    text = extract_html(page).text
    assert "local history site" not in text and para in text


def test_a_last_update_note_is_no_text_but_still_dates_a_page_with_no_other_date() -> None:
    # Invented: a council page whose only date is its last-update note at the end of the content.
    for note, iso in (("Dernière mise à jour : 2 avril 2025", "2025-04-02"),
                      ("Page last updated: 14 May 2025", "2025-05-14")):
        page = (f"<html><body><main><h1>Collecte des encombrants</h1>{_PARAGRAPHS}<p>{note}</p></main>"
                "</body></html>")
        parsed = extract_html(page)
        assert note.split()[0] not in parsed.text and "garden club met again" in parsed.text
        assert parsed.date == iso
    # a sentence about an update stays
    sentence = "<p>The timetable was updated on 3 March 2025 after the bridge closed for repairs.</p>"
    page = f"<html><body><main><h1>Buses</h1>{_PARAGRAPHS}{sentence}</main></body></html>"
    assert "timetable was updated" in extract_html(page).text


def test_a_page_published_on_one_day_and_updated_on_another_is_dated_by_the_first() -> None:
    # Invented: a kicker with the publication date over the headline, an update note under the text.
    page = ("<html><head><title>Ferry timetable</title></head><body><main><div class='release'>"
            "<div class='kicker'>Press release · 04.02.2026</div><h1>Winter ferry timetable</h1>"
            f"{_PARAGRAPHS}<p class='updated'>Last updated 09.02.2026</p></div></main></body></html>")
    assert extract_html(page).date == "2026-02-04"


def test_a_side_column_and_a_hidden_banner_with_script_buttons_are_chrome_boxes() -> None:
    # Invented: a site builder's side column of coming events and a hidden consent banner, as
    # blocks an extractor kept beside the page's text.
    side = ("<div class='tpl-sidebar'><h3>Coming up</h3><p>4 May – Spring fair on the green</p>"
            "<p>Find the choir on Instagram</p></div>")
    banner = ("<div class='consent-bar' style='display: none'><p>Wir nutzen Cookies auf dieser Seite.</p>"
              "<a href='javascript:void(0)'>Alle annehmen</a></div>")
    page = (f"<html><body class='has-sidebar'><div class='wrap'><main><h1>Choir concert</h1>{_PARAGRAPHS}</main>"
            f"{side}</div>{banner}</body></html>")
    prose = [f"The garden club met again this week to plan the spring season, item {i}." for i in range(4)]
    blocks = ["Choir concert", *prose, "4 May – Spring fair on the green", "Find the choir on Instagram",
              "Wir nutzen Cookies auf dieser Seite.", "Alle annehmen"]
    assert without_boxed_chrome(blocks, parse(page)) == ["Choir concert", *prose]  # "has-sidebar" is no side column
    # a hidden answer without a control of its own is no banner (its toggle stands outside it)
    answer = ("<h2>Can I bring a guest?</h2><button>Show answer</button>"
              "<div style='display:none'><p>Yes, each member may bring one guest to every concert.</p></div>")
    tree = parse(f"<html><body><main><h1>Questions</h1>{_PARAGRAPHS}{answer}</main></body></html>")
    kept = ["Questions", *prose, "Yes, each member may bring one guest to every concert."]
    assert without_boxed_chrome(kept, tree) == kept


def test_a_bar_of_links_with_only_separators_between_them_is_a_menu() -> None:
    # Invented: an old table layout's top link bar, kept as a block beside the text.
    bar = ("<table><tr><td class='top'><a href='/'>Start</a> | <a href='/news/'>Notices</a> | "
           "<a href='/hall/'>Village hall</a> | <a href='/contact/'>Write to us</a></td></tr></table>")
    from index.html_link_labels import link_bar_texts

    tree = parse(f"<html><body>{bar}<main><h1>Hall reopens</h1>{_PARAGRAPHS}</main></body></html>")
    assert link_bar_texts(tree) == {"Start | Notices | Village hall | Write to us"}
    # links inside a sentence, or after a label, are no bar
    prose = ("<p>Read the <a href='/a'>agenda</a>, the <a href='/m'>minutes</a> and the "
             "<a href='/b'>budget</a> before the meeting.</p><p>Files: <a href='/1'>PDF</a> | <a href='/2'>ODT</a> | "
             "<a href='/3'>DOCX</a></p>")
    assert link_bar_texts(parse(f"<html><body><main>{prose}</main></body></html>")) == set()


def test_a_table_among_an_entrys_br_separated_lines_keeps_its_rows() -> None:
    # Invented blog entry: the text is bare lines split by <br />, with a table among them,
    # which trafilatura leaves inside the paragraph as HTML's tr/th/td.
    entry = ("The allotment society spent the summer on the new shed and the water tanks, and most of it "
             "is now done.<br /><br />Here is what each job cost and where it stands.<br /><br />"
             "<table border='1'><tr><th>Job</th><th>Cost</th><th>State</th></tr>"
             "<tr><td>Shed roof</td><td>£420</td><td>done</td></tr>"
             "<tr><td>Water tanks</td><td>£275</td><td>done</td></tr>"
             "<tr><td>Compost bays</td><td>£190</td><td>started</td></tr></table><br />"
             "The compost bays will be finished in October if the weather allows it.<br /><br />"
             "Thank you to everyone who came along and helped on the work days this year.")
    page = ("<html><head><title>Allotment news</title></head><body><div class='entry'>"
            "<h3 class='entry-title'>What we did this summer</h3>"
            f"<div class='entry-content'>{entry}</div></div></body></html>")
    lines = extract_html(page).text.splitlines()
    assert "Job: Shed roof | Cost: £420 | State: done" in lines
    assert "Job: Compost bays | Cost: £190 | State: started" in lines


def test_the_lead_photos_caption_under_the_headline_of_a_page_minified_to_one_line_is_kept() -> None:
    # Invented one-line page: the lead photo's caption between the headline and the body, with
    # a Hindi credit ("फोटो: ...") after its sentence; every element stands on the headline's line.
    figure = "<figure><img src='a.jpg' alt=''><figcaption>नदी किनारे नया घाट। (फोटो: नगर समाचार)</figcaption></figure>"
    body = "".join(f"<p class='body-paragraph'>नगर निगम ने नदी किनारे {n} नए घाट बनाने का काम इस सप्ताह पूरा कर "
                   f"लिया है और अगले महीने से लोग यहां सुबह और शाम टहल सकेंगे।</p>" for n in ("दो", "तीन", "चार", "पांच"))
    page = ("<html><head><title>नदी किनारे नए घाट तैयार</title></head><body><header><nav><a href='/'>होम</a>"
            "<a href='/city/'>शहर</a></nav></header><main><article><h1>नदी किनारे नए घाट तैयार</h1>"
            f"<div class='byline'><span>संवाददाता</span></div>{figure}"
            f"<div class='article-body'>{body}</div></article></main>"
            "<footer><p>© नगर समाचार</p></footer></body></html>")
    assert "\n" not in page
    text = extract_html(page).text
    assert "नदी किनारे नया घाट।" in text.split("\n\n") and "नगर समाचार" not in text


def test_the_items_of_an_aria_menu_go() -> None:
    # Invented page: a site builder's actions menu, its items marked role="menuitem" in
    # classless spans after the content.
    items = "".join(f"<span role='menuitem' tabindex='-1'><div><div>{t}</div></div></span>"
                    for t in ("Print this page", "Flag content", "Version history"))
    page = ("<html><head><title>Choir concerts</title></head><body><div role='main'><h1>Choir concerts</h1>"
            f"{_PARAGRAPHS}<div><div aria-label='Page actions'>{items}</div></div></div></body></html>")
    text = extract_html(page).text
    assert "garden club" in text
    for item in ("Print this page", "Flag content", "Version history"):
        assert item not in text, item


def test_the_heading_over_a_dropped_list_of_links_goes_and_a_heading_over_prose_stays() -> None:
    # Invented: a council notice with a "Further reading" box of links and a contacts section.
    page = ("<html><head><title>Tree planting on the green</title></head><body><main><article>"
            f"<h1>Tree planting on the green</h1>{_PARAGRAPHS}"
            "<h2>Further reading</h2><ul><li><a href='/trees'>Our tree strategy</a></li>"
            "<li><a href='/green'>About the village green</a></li></ul>"
            "<h2>Volunteer days</h2><p>Volunteers meet at the pond at ten on the first Saturday of each month "
            "and the council lends the spades.</p></article></main></body></html>")
    text = extract_html(page).text
    assert "Further reading" not in text and "Our tree strategy" not in text
    assert "Volunteer days" in text.split("\n\n")


_STORY = ("<p>The ferry between the two harbours will run every half hour from the first of May, twice as "
          "often as this winter.</p><p>The operator says the second boat has passed its inspection and the "
          "crews have been trained over the last month.</p><p>Tickets bought for the old timetable stay "
          "valid, and season passes keep their price until the end of the year.</p>")


def test_an_aem_image_title_and_a_schema_org_caption_are_kept_as_captions() -> None:
    # Invented: AEM core components' Image shows its title as the caption (cmp-image__title), and
    # schema.org marks a caption with itemprop="caption"; both stand beside the image
    words = "The second boat waits at the north quay for its first crossing."
    for caption in (f'<span class="cmp-image__title">{words}</span>', f'<span itemprop="caption">{words}</span>'):
        first, rest = _STORY[:_STORY.index("</p>") + 4], _STORY[_STORY.index("</p>") + 4:]
        page = (f"<html><head><title>Ferry doubles its crossings</title></head><body><main>"
                f'<div class="title"><h1>Ferry doubles its crossings</h1></div>'
                f'<div class="text ingress"><div class="cmp-text">{first}</div></div>'
                f'<div class="image"><div class="cmp-image"><img src="/boat.jpg" alt="Boat"/>{caption}</div></div>'
                f'<div class="text"><div class="cmp-text">{rest}</div></div></main></body></html>')
        assert words in extract_html(page).text, caption


def test_a_date_stated_only_in_a_related_items_links_does_not_date_the_page() -> None:
    # Invented: the story's date stands in a kicker line over the headline; the only other dates
    # are those of the linked teasers in a "more news" list, which must not date the page
    page = ("<html><head><title>Ferry doubles its crossings</title></head><body><main>"
            "<p class=\"kicker\">News · 14 April 2026 09:30</p><h1>Ferry doubles its crossings</h1>"
            f"{_STORY}<div class=\"teasers\"><h2>More news</h2><ul>"
            '<li><a href="/a"><span class="teaser-title">New cafe on the pier</span><span class="teaser-date">'
            "2 March 2026</span></a></li>"
            '<li><a href="/b"><span class="teaser-title">Harbour wall repaired</span><span class="teaser-date">'
            "9 February 2026</span></a></li></ul></div></main></body></html>")
    assert extract_html(page).date == "2026-04-14"


def test_on_a_page_without_h1_the_heading_the_title_element_names_first_is_the_headline() -> None:
    # Invented: a portal page whose portlets each have an <h2> title ("News"), with the article's
    # own headline in an <h3>; the <title> names the headline first, then the section and site
    page = ("<html><head><title>Ferry doubles its crossings - News - Harbour Town Council</title></head><body>"
            '<div class="portlet"><h2 class="portlet-title">News</h2><div class="asset">'
            f'<h3 class="asset-heading"><span>Ferry doubles its crossings</span></h3>{_STORY}</div></div>'
            "</body></html>")
    found = extract_html(page)
    assert found.title == "Ferry doubles its crossings"
    assert "Ferry doubles its crossings" in found.text.split("\n\n")


def test_a_record_field_labelled_as_the_summary_is_put_back_as_the_lead() -> None:
    # Invented: a help-centre article shown as a record's fields (a label, then the value in a
    # custom element), its "Summary" field right under the headline and before the "Details",
    # which is all the extractor kept
    field = ('<div class="form-element"><span class="form-element__label">{label}</span>'
             '<div class="form-element__control"><x-formatted-text>{value}</x-formatted-text></div></div>')
    summary = "Meter readings can be sent online, by phone or with the freepost card we post each spring."
    fields = "".join(field.format(label=k, value=v) for k, v in (
        ("Article Number", "000123"), ("Last Published Date", "3/2/2026"), ("Summary", summary)))
    body = ["Send us a reading in the first week of each quarter so that your bill is not estimated.",
            "A photo of the dials is enough if the numbers can be read clearly in the picture."]
    page = ("<html><head><title>How do I send a meter reading?</title></head><body><main>"
            '<div class="page-header"><h1>How do I send a meter reading?</h1></div><div class="record">'
            f'{fields}<div class="form-element"><span class="form-element__label">Details</span>'
            '<div class="form-element__control"><x-rich-text>' + "".join(f"<p>{b}</p>" for b in body) +
            "</x-rich-text></div></div></div></main></body></html>")
    blocks = with_lead(["How do I send a meter reading?", *body], parse(page), "How do I send a meter reading?")
    assert blocks[:2] == ["How do I send a meter reading?", summary]
    assert "000123" not in blocks and "Summary" not in blocks


_NEWS = ("<p>The town's library reopens on Monday after six months of repairs to its roof and windows, "
         "with longer hours on weekday evenings.</p><p>Readers can return books borrowed before the closure "
         "without a fine until the end of the month, the head librarian said.</p><p>The reading room upstairs "
         "keeps its old tables, which were restored by a carpenter from the next village.</p>")


def test_a_table_an_extractor_wrote_cell_by_cell_is_put_back_as_rows() -> None:
    # Invented: a fallback extractor's blocks, one per cell of the page's table.
    tree = parse("<html><body><p>Class dates</p><table><thead><tr><th>Date</th><th>Theme</th><th>Fee</th></tr>"
                  "</thead><tbody><tr><td>2 March</td><td>Bowls</td><td>£25</td></tr><tr><td>9 March</td>"
                  "<td>Plates</td><td>£25</td></tr></tbody></table><p>Book at the desk.</p></body></html>")
    blocks = ["Class dates", "Date", "Theme", "Fee", "2 March", "Bowls", "£25", "9 March", "Plates", "£25",
              "Book at the desk."]
    assert with_tables_rejoined(blocks, tree, squash) == [
        "Class dates", "Date: 2 March | Theme: Bowls | Fee: £25\nDate: 9 March | Theme: Plates | Fee: £25",
        "Book at the desk."]


def test_a_date_standing_alone_right_above_the_headline_dates_the_page() -> None:
    # Invented: a site builder's news block, the date a plain line over the <h1>, no class or
    # label (an extractor may leave that line out of the text); a longer line there is no date line.
    page = ("<html><head><title>Library reopens</title></head><body><div class='block'>"
            "<div class='uptitle'>9 March 2027</div><h1>Library reopens on Monday</h1></div>"
            f"<div class='block'>{_NEWS}</div></body></html>")
    assert headline_date(parse(page)) == "2027-03-09"
    wordy = page.replace("9 March 2027", "The works that began on 9 March 2027 are now finished")
    assert headline_date(parse(wordy)) == ""


def test_a_box_around_an_email_sign_up_form_goes_with_its_heading_and_consent_line() -> None:
    # Invented: a newsletter box with no class that says so, in the page's language (German).
    page = ("<html><head><title>Library reopens</title></head><body><article><h1>Library reopens on Monday</h1>"
            f"{_NEWS}<div class='block'><div class='title'>Unsere Nachrichten per E-Mail</div>"
            "<form><input type='email' name='mail'><button type='submit'>Senden</button></form>"
            "<div class='small'>Mit dem Absenden stimmen Sie der Datenschutzerklärung zu</div></div></article>"
            "</body></html>")
    text = extract_html(page).text
    assert "Unsere Nachrichten" not in text and "Mit dem Absenden" not in text
    assert "The reading room upstairs" in text


def test_a_forums_thread_title_named_by_the_title_element_beats_a_posts_author_heading() -> None:
    # Invented: the forum's name in a linked <h1> masthead, the thread's title in an <h2>, each
    # post an <article> opening with its author's name in an <h3>.
    post = ("<article class='post'><h3><a href='/u/{0}'>{0}</a></h3><p>{1}</p></article>")
    page = ("<html><head><title>Which mower for a steep bank? - Hillside Gardeners Forum</title></head><body>"
            "<header><h1><a href='/'>Hillside Gardeners Forum</a></h1></header><main>"
            "<h2>Which mower for a steep bank?</h2>"
            + post.format("Maria", "Our allotment has a steep bank by the hedge and the old mower keeps stalling "
                          "on it, so I am looking for something lighter that still cuts long grass.")
            + post.format("Tom", "A strimmer with a harness is easier on a slope than any mower, and it reaches "
                          "under the hedge as well. Mine has lasted five summers.")
            + "</main></body></html>")
    parsed = extract_html(page)
    assert parsed.title == "Which mower for a steep bank?"
    assert parsed.text.split("\n\n")[0] == "Which mower for a steep bank?"


def test_a_row_of_link_cards_to_other_posts_goes_with_its_heading() -> None:
    # Invented: a blog post closing with cards of other posts, each card one link holding blocks.
    page = ("<html><head><title>Library reopens</title></head><body><main><h1>Library reopens on Monday</h1>"
            f"<div class='rich'>{_NEWS}</div><section><h3>More news</h3>"
            "<a href='/n/1'><p>Bus timetable changes in April</p><p>Feb 2, 2027</p></a>"
            "<a href='/n/2'><p>Swimming pool opening hours</p><p>Jan 20, 2027</p></a></section></main></body></html>")
    text = extract_html(page).text
    assert "More news" not in text and "Bus timetable changes" not in text and "Swimming pool" not in text
    assert "The reading room upstairs" in text


def test_a_heading_over_links_ends_at_a_box_opening_with_its_own_heading() -> None:
    # Invented: "En savoir plus" over two links and a print button, then a box with its own
    # heading; and a French press-contacts box.
    page = ("<html><head><title>Library reopens</title></head><body><main><h1>Library reopens on Monday</h1>"
            f"{_NEWS}<h2>En savoir plus</h2><ul><li><a href='/a'>Horaires de la bibliothèque</a></li>"
            "<li><a href='/b'>Le catalogue en ligne</a></li></ul><div><button>Imprimer</button></div>"
            "<div><h3>Contacts presse</h3><p>Claire Martin, téléphone 01 23 45 67 89</p></div>"
            "<div><h3>Horaires d'été</h3><p>En juillet et en août, la bibliothèque ferme à 17 heures le samedi, "
            "et la salle de lecture reste ouverte le mardi soir.</p></div></main></body></html>")
    text = extract_html(page).text
    assert "En savoir plus" not in text and "Contacts presse" not in text and "Claire Martin" not in text
    assert "Horaires d'été" in text.split("\n\n")


def test_a_details_panel_restating_the_pages_date_goes() -> None:
    # Invented: a release closing with a "Details" box of its date and reference number.
    page = ("<html><head><title>Library reopens</title></head><body><main><p class='meta'>Press release · "
            "3 March 2027</p><h1>Library reopens on Monday</h1>"
            f"{_NEWS}<div><h3>Details</h3><dl><dt>Publication date</dt><dd>3 March 2027</dd>"
            "<dt>Reference</dt><dd>PR/27/114</dd></dl></div></main></body></html>")
    parsed = extract_html(page)
    assert parsed.date == "2027-03-03"
    assert "PR/27/114" not in parsed.text and "Details" not in parsed.text.split("\n\n")


def test_a_prompt_box_of_one_line_and_its_button_goes() -> None:
    # Invented: a box asking the reader to press the button beside its line.
    page = ("<html><head><title>Library reopens</title></head><body><main><h1>Library reopens on Monday</h1>"
            f"<div class='body'>{_NEWS}</div><div class='support'><p>Enjoyed this story? Buy the reporters a "
            "coffee</p><button>Buy a coffee</button></div></main></body></html>")
    text = extract_html(page).text
    assert "Enjoyed this story" not in text and "The reading room upstairs" in text


def test_the_headline_is_the_title_where_the_title_element_shortens_the_linked_masthead() -> None:
    # Invented: a blog whose linked <h1> masthead is the club's full name, its <title> the post's
    # headline and the name shortened; the headline marked as the post's title, or by no class.
    masthead = "<div id='banner'><h1><a href='/'>Ridgeway Walkers Club of Oxford</a></h1></div>"
    for heading in ("<h2 class='post-title'>Snow walk</h2>", "<h4 class='blog-title'>Snow walk on the hill</h4>"):
        text = heading.split(">")[1].split("<")[0]
        page = (f"<html><head><title>{text} - Ridgeway Walkers</title></head><body>{masthead}"
                f"<div class='post'>{heading}{_STORY}</div></body></html>")
        assert extract_html(page).title == text


def test_a_headed_table_box_dropped_after_the_kept_record_is_put_back() -> None:
    # An invented catalogue record: the holdings box after the record and its action links.
    record = ("<div id='header-region'><a href='/'>Town Library</a> <a href='/login'>Log in</a></div>"
              "<nav class='breadcrumb'><a href='/'>Home</a> › Details</nav>"
              "<div id='catalogue_detail_biblio'><h1 class='title'>Rivers of the old town</h1>"
              "<span class='results_summary author'><span class='label'>By: </span>Ames, Jo</span>\n"
              "<span class='results_summary isbn'><span class='label'>ISBN: </span>9781234567897</span>\n"
              "<div class='results_summary summary'><span class='label'>Summary: </span>"
              "The book tells how the town's rivers were put under the streets a century ago. "
              "Old maps and photographs of the floods show what was lost. The last chapter asks how "
              "they could come back.</div></div>")
    actions = "<ul id='action'><li><a href='#'>Place hold</a></li><li><a href='#'>Print</a></li></ul>"
    holdings = ("<div id='holdings'><h2>Holdings</h2><table><thead><tr><th>Library</th><th>Call number</th>"
                "<th>Status</th></tr></thead><tbody><tr><td>Central Library</td><td>942.1 AME</td>"
                "<td>Available</td></tr><tr><td>Hill Branch</td><td>942.1 AME c.2</td><td>On loan</td></tr>"
                "</tbody></table></div>")
    html = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Rivers of the old town</title></head>"
            f"<body>{record}{actions}{holdings}<div id='powered'><a href='https://example.org'>Powered by "
            "Catalogue</a></div></body></html>")
    text = extract_html(html).text
    assert "Library: Central Library | Call number: 942.1 AME | Status: Available" in text
    assert "Library: Hill Branch | Call number: 942.1 AME c.2 | Status: On loan" in text
    assert "Place hold" not in text and "Powered by" not in text


def test_a_similar_listings_box_is_chrome() -> None:
    # An invented flat listing: the portal's other flats under a heading, in a box classed "similar".
    paras = "".join(f"<p>The flat has {w} and the building was renovated in 2019 with a new roof.</p>"
                    for w in ("two bedrooms", "a south-facing balcony", "a cellar"))
    html = ("<html><head><title>Two-room flat for sale</title></head><body><header><a href='/'>FlatFinder</a>"
            "<nav><a href='/buy'>Buy</a> <a href='/rent'>Rent</a></nav></header><main class='listing'>"
            "<h1>Two-room flat for sale in the Old Town</h1><section class='features'><h2>Features</h2><table>"
            "<tr><th>Floor area</th><td>72 m²</td></tr><tr><th>Floor</th><td>3 of 8</td></tr></table></section>"
            f"<section class='description'><h2>Description</h2>{paras}</section>"
            "<section class='similar'><h2>Similar listings nearby</h2><ul>"
            "<li>Flat, 2 rooms, Old Town – 119,000 €</li><li>Flat, 3 rooms, Riverside – 175,000 €</li></ul>"
            "</section></main><footer><a href='/privacy'>Privacy</a></footer></body></html>")
    text = extract_html(html).text
    assert "a cellar" in text and "Similar listings nearby" not in text
