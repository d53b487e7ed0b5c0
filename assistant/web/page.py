"""The chat page's own script and style, passed to ``gr.mount_gradio_app`` (Gradio 6 takes css and head
at mount, not in Blocks): the [n] markers that open their passages (beside the chat, or in a sheet on a
phone), "Copy as Markdown", and the colours that keep every text at WCAG AA contrast.
"""

from __future__ import annotations

__all__ = ["COPY_JS", "CSS", "HEAD"]

# A click on a marker [n] in the chat opens source n (and the earlier answer holding it), brings it
# into view and flashes it; listening on the document survives the chat re-rendering its messages.
# When the sources panel is stacked below the chat (a phone), bringing it into view would carry the
# reader past every control, so the passage opens in a sheet over the foot of the screen instead,
# the marker kept in view above it; "Back to the answer" (or Escape) closes it and restores the scroll.
HEAD = """<script>
(() => {
  let sheet = null, opener = null, savedY = 0;
  const stacked = () => {
    const side = document.getElementById("side"), chat = document.getElementById("chat");
    return !!(side && chat) && side.getBoundingClientRect().top >= chat.getBoundingClientRect().bottom - 1;
  };
  const closeSheet = () => {
    if (!sheet) return;
    sheet.remove();
    sheet = null;
    window.scrollTo({top: savedY, behavior: "instant"});
    if (opener && opener.isConnected) opener.focus({preventScroll: true});
    opener = null;
  };
  const openSheet = (source, link) => {
    if (sheet) sheet.remove(); else savedY = window.scrollY;  // another marker tapped: the first place is kept
    opener = link;
    sheet = document.createElement("aside");
    sheet.id = "cite-sheet";
    sheet.setAttribute("role", "dialog");
    sheet.setAttribute("aria-label", "Cited passage");
    const bar = document.createElement("div");
    bar.className = "sheet-bar";
    for (const part of source.querySelectorAll("summary .num, summary .title")) bar.append(part.cloneNode(true));
    const back = Object.assign(document.createElement("button"), {type: "button", className: "sheet-close",
                                                                   textContent: "Back to the answer"});
    back.addEventListener("click", closeSheet);
    bar.append(back);
    sheet.append(bar);
    for (const part of source.querySelectorAll(":scope > .meta, :scope > .passage")) sheet.append(part.cloneNode(true));
    document.body.append(sheet);
    const mark = sheet.querySelector("mark");
    if (mark && mark.offsetTop + mark.offsetHeight > sheet.clientHeight)  // the marked words, a line of lead-in above
      sheet.scrollTop = mark.offsetTop - bar.offsetHeight - 28;
    const hidden = link.getBoundingClientRect().bottom + 12 - sheet.getBoundingClientRect().top;
    if (hidden > 0) window.scrollBy({top: hidden, behavior: "instant"});
    back.focus({preventScroll: true});
  };
  const openPanel = (target) => {
    for (let el = target; el; el = el.parentElement && el.parentElement.closest("details")) el.open = true;
    target.scrollIntoView({behavior: "smooth", block: "center"});
    target.classList.remove("flash");
    void target.offsetWidth;
    target.classList.add("flash");
  };
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element && event.target.closest("a.cite");
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    // the chat's sanitizer drops data-* attributes, so the href carries the key as well
    const key = link.dataset.cite || (link.getAttribute("href") || "").replace(/^#cite-/, "");
    const target = document.getElementById("cite-" + key);
    if (!target) return;
    if (stacked()) openSheet(target, link); else openPanel(target);
  }, true);
  document.addEventListener("keydown", (event) => { if (event.key === "Escape") closeSheet(); });
})();
</script>"""

# The clipboard API needs a secure context (https or localhost); elsewhere fall back to a selection.
COPY_JS = """async (text) => {
  const button = document.getElementById("copy-md");
  const say = (msg) => {
    if (!button) return;
    button.dataset.flash = msg;
    clearTimeout(button.flashTimer);
    button.flashTimer = setTimeout(() => delete button.dataset.flash, 1800);
  };
  if (!text) { say("Nothing to copy yet"); return; }
  try { await navigator.clipboard.writeText(text); say("Copied"); return; } catch (e) { /* fall back */ }
  const area = Object.assign(document.createElement("textarea"), {value: text});
  area.style.cssText = "position:fixed;top:0;opacity:0";
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  say(ok ? "Copied" : "Copy it from \\"Answer as Markdown\\" below");
}"""

# Gradio's bundled Source Sans Pro SemiBold is a few-glyph subset, so bold text mixed fonts ("A" from
# one, the rest from another); the bundled full Bold file is used for every heavier weight instead.
CSS = """
@font-face {font-family: 'Corpus Sans'; src: url('static/fonts/SourceSansPro/SourceSansPro-Regular.woff2')
  format('woff2'); font-weight: 100 500}
@font-face {font-family: 'Corpus Sans'; src: url('static/fonts/SourceSansPro/SourceSansPro-Bold.woff2')
  format('woff2'); font-weight: 501 900}
:root, .gradio-container {--font: 'Corpus Sans', ui-sans-serif, system-ui, sans-serif}
/* WCAG AA, 4.5:1 for every text (tests/test_web_readable.py measures it): the default theme's subdued grey is
   1.9:1 on white, its orange 2.2:1 on its own tint and 3.6:1 under white. "html" outranks the theme's selectors. */
html:root {--body-text-color-subdued: #52525b; --input-placeholder-color: #63636b; --cite-text: #9a3412;
  --button-primary-background-fill: #c2410c; --button-primary-background-fill-hover: #9a3412;
  --button-primary-border-color: #c2410c; --button-primary-border-color-hover: #9a3412; --ok-text: #15803d}
html:root.dark, html:root .dark {--body-text-color-subdued: #a1a1aa; --input-placeholder-color: #a1a1aa;
  --cite-text: #fdba74; --button-primary-background-fill: #c2410c; --button-primary-background-fill-hover: #9a3412;
  --button-primary-border-color: #c2410c; --button-primary-border-color-hover: #9a3412; --ok-text: #4ade80}
.app-head h1 {font-size: 1.65rem; margin: .2rem 0 .3rem}
.app-head p {margin: 0 0 .4rem; color: var(--body-text-color-subdued); max-width: 62rem}
#chat .prose.chatbot.md {opacity: 1}  /* Gradio dims messages to .8, which takes the markers below 4.5:1 */
#md-box .cm-content span {color: var(--body-text-color) !important}  /* its Markdown colours are 2:1 */
a.cite, .fake-cite {display: inline; white-space: nowrap; font-size: .72em; font-weight: 700; line-height: 1.2;
  vertical-align: super; padding: 0 .38em; margin-left: .12em; border-radius: .7em;
  background: var(--color-accent-soft); color: var(--cite-text) !important; text-decoration: none !important;
  cursor: pointer}
a.cite:hover, a.cite:focus {background: var(--cite-text); color: var(--background-fill-primary) !important}
.abstain {display: flex; gap: .65rem; align-items: flex-start; color: var(--body-text-color-subdued)}
.abstain-icon {font-size: 1.5em; line-height: 1.1}
.abstain .hint {font-size: .9em}
.notice {color: var(--error-text-color)}
.pending {color: var(--body-text-color-subdued); font-style: italic}
.pending::after {content: " …"; animation: pending-pulse 1.2s ease-in-out infinite}
@keyframes pending-pulse {50% {opacity: .15}}
.gradio-container {overflow: clip visible !important}  /* "hidden" would stop the sources panel sticking */
#side {position: sticky; top: .5rem; align-self: flex-start}
#sources {max-height: calc(100vh - 1rem); overflow-y: auto !important; padding: .1rem .3rem .4rem .1rem}
.sources-head {font-weight: 600; font-size: 1.05rem; margin: .1rem 0 .5rem; display: flex; align-items: center;
  gap: .45rem}
.sources-head .count {font-size: .75rem; background: var(--color-accent-soft); color: var(--cite-text);
  border-radius: 999px; padding: 0 .55rem}
.sources-head.muted, .note, .sources-empty p {color: var(--body-text-color-subdued)}
.note {font-size: .85rem; margin: 0 0 .5rem}
details.source {border: 1px solid var(--border-color-primary); border-radius: .6rem; margin: .45rem 0;
  background: var(--background-fill-primary)}
details.source > summary {cursor: pointer; padding: .55rem .7rem; display: flex; gap: .55rem; align-items: baseline;
  list-style: none}
details.source > summary::-webkit-details-marker {display: none}
details.source[open] > summary {padding-bottom: .25rem}
.source .num {flex: none; min-width: 1.45rem; text-align: center; font-size: .75rem; font-weight: 700;
  border-radius: .7em; background: var(--color-accent-soft); color: var(--cite-text); padding: .05rem .3rem}
.source .head {display: flex; flex-direction: column; gap: .15rem; min-width: 0}
.source .title {font-weight: 600; line-height: 1.35}
.source .snippet {font-size: .85rem; color: var(--body-text-color-subdued); display: -webkit-box; -webkit-line-clamp: 2;
  -webkit-box-orient: vertical; overflow: hidden}
details.source[open] .snippet {display: none}
.source .meta {font-size: .8rem; color: var(--body-text-color-subdued); padding: 0 .75rem 0 2.75rem}
details.source[open] {padding-bottom: .75rem}
.source .passage {margin: .35rem .75rem 0 2.75rem; padding: .45rem .75rem;
  border-left: 3px solid var(--color-accent-soft); font-size: .9rem; line-height: 1.55; white-space: pre-line;
  color: var(--body-text-color)}
.source mark {background: #fde68a; color: #1f2937; padding: 0 .1em; border-radius: .2em}
details.source.flash {animation: cite-flash 1.8s ease-out}
@keyframes cite-flash {0%, 35% {box-shadow: 0 0 0 3px var(--color-accent)} 100% {box-shadow: 0 0 0 0 transparent}}
details.earlier > section {padding-left: .7rem; border-left: 2px solid var(--border-color-primary)}
details.earlier > summary {cursor: pointer; color: var(--body-text-color-subdued); font-size: .85rem;
  margin: .9rem 0 .3rem}
#copy-md {position: relative}
#copy-md[data-flash]::after {content: attr(data-flash); position: absolute; left: 50%; bottom: calc(100% + 6px);
  transform: translateX(-50%); background: #111827; color: white; font-size: .75rem; padding: .2rem .5rem;
  border-radius: .3rem; white-space: nowrap; z-index: 10}
.upload-hint {font-size: .82rem; color: var(--body-text-color-subdued); margin: 0}
.upload-status {font-size: .9rem; padding: .2rem 0}
.upload-status.bad {color: var(--error-text-color)}
.upload-status.ok {color: var(--ok-text)}
.upload-status progress {display: block; width: 100%; margin-top: .35rem}
.upload-status ul {margin: .3rem 0 0 1.1rem; font-size: .85rem}
.upload-status .version-notice {color: var(--body-text-color)}
#cite-sheet {position: fixed; left: 0; right: 0; bottom: 0; z-index: 1000; max-height: 50vh; overflow-y: auto;
  font-family: var(--font);
  background: var(--background-fill-primary); color: var(--body-text-color); border-top: 1px solid
  var(--border-color-primary); border-radius: .9rem .9rem 0 0; box-shadow: 0 -6px 24px rgba(0, 0, 0, .25);
  padding: 0 0 calc(.9rem + env(safe-area-inset-bottom))}
#cite-sheet .sheet-bar {position: sticky; top: 0; display: flex; gap: .55rem; align-items: center;
  padding: .6rem .75rem; background: var(--background-fill-primary); border-bottom: 1px solid
  var(--border-color-primary)}
#cite-sheet .num {flex: none; min-width: 1.45rem; text-align: center; font-size: .75rem; font-weight: 700;
  border-radius: .7em; background: var(--color-accent-soft); color: var(--cite-text); padding: .05rem .3rem}
#cite-sheet .title {font-weight: 600; font-size: .95rem; line-height: 1.3; flex: 1; min-width: 0;
  display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden}
#cite-sheet .sheet-close {flex: none; font: inherit; font-size: .9rem; font-weight: 600; padding: .45rem .8rem;
  border-radius: .5rem; border: 1px solid var(--border-color-primary); cursor: pointer; min-height: 44px;
  background: var(--button-secondary-background-fill); color: var(--button-secondary-text-color)}
#cite-sheet .meta {font-size: .8rem; color: var(--body-text-color-subdued); padding: .5rem .9rem 0}
#cite-sheet .passage {margin: .4rem .9rem 0; padding: .45rem .75rem; border-left: 3px solid var(--color-accent-soft);
  font-size: .95rem; line-height: 1.55; white-space: pre-line}
#cite-sheet mark {background: #fde68a; color: #1f2937; padding: 0 .1em; border-radius: .2em}
"""
