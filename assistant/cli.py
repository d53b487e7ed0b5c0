"""The `assistant` command: a thin adapter from argv to the index and the assistant."""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from collections.abc import Sequence
from importlib.metadata import entry_points
from typing import Any

from index import Index, IngestReport

from .boundary import exit_code
from .cliargs import GENERATOR_HELP, JUDGE_HELP, settings_from, store_args
from .errors import USER_ERRORS, QuestionError
from .settings import Settings, for_serving

COMMAND_GROUP = "corpus_assistant.commands"

EXAMPLES = """\
examples:
  assistant index corpus/                      index the bundled articles
  assistant index ~/notes --collection notes   a second corpus in the same store
  assistant index archive/ --ray HOST:6379     load and embed on a Ray cluster
  assistant stats --json                       what is indexed
  assistant search "Where will Trump and Putin meet?"

environment:
  ASSISTANT_STORE       default for --store (else $ASSISTANT_HOME/store)
  ASSISTANT_HOME        data folder (default ~/.local/share/corpus-assistant)
  ASSISTANT_COLLECTION  default for --collection
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="assistant",
        description="Ask questions over your documents and get answers that cite their sources.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("index", help="index files and folders (incremental)", epilog=EXAMPLES,
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Index .txt .md .html .pdf .docx .jsonl files. Re-running skips unchanged "
                       "documents, re-embeds changed ones and removes ones deleted from the given folders.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to index")
    store_args(p)
    p.add_argument("--rebuild", action="store_true", help="rebuild the collection from PATHs (new settings)")
    p.add_argument("--chunk-tokens", type=int, help="chunk size in tiktoken tokens (default 200)")
    p.add_argument("--chunk-overlap", type=int, help="tokens shared by neighbouring chunks (default 40)")
    p.add_argument("--max-file-mb", type=float, help="skip files larger than this (default 20)")
    p.add_argument("--ray", nargs="?", const="local", metavar="ADDRESS",
                   help="load and embed on Ray: alone, a Ray started on this machine; with ADDRESS "
                   "(HOST:PORT or ray://HOST:PORT), that cluster (pip install 'corpus-assistant[scale]')")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--quiet", action="store_true", help="no progress bar")

    p = sub.add_parser("stats", help="list what is indexed")
    store_args(p)
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("ask", help="answer a question with verified citations",
                       description="Answer from the indexed documents. Every sentence cites a passage and is "
                       "checked against it; unsupported sentences are removed. When the documents do not "
                       "answer, it says so and shows the closest passages.")
    p.add_argument("question", metavar="QUESTION")
    store_args(p)
    p.add_argument("--generator", help=GENERATOR_HELP)
    p.add_argument("--judge", metavar="SPEC", help="the judge verification uses: " + JUDGE_HELP)
    p.add_argument("--k", type=int, default=6, help="passages to retrieve (default 6)")
    p.add_argument("--keep-unsupported", action="store_true", help="keep unsupported claims, marked")
    p.add_argument("--json", action="store_true", help="print the answer JSON")

    p = sub.add_parser("search", help="rank passages for a query (dense + BM25, fused)")
    p.add_argument("query", metavar="QUERY")
    store_args(p)
    p.add_argument("--k", type=int, default=5, help="how many passages (default 5)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--source", action="append", default=[], metavar="TEXT",
                   help="only documents whose source path, url or title contains TEXT (repeat for any of several)")
    p.add_argument("--since", default="", metavar="DATE", help="only documents dated DATE or later (YYYY[-MM[-DD]])")
    p.add_argument("--until", default="", metavar="DATE", help="only documents dated DATE or earlier (YYYY[-MM[-DD]])")

    p = sub.add_parser(
        "judge", help="score answers in a JSONL file for faithfulness to their sources",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Judge, claim by claim, whether each line's answer is supported by its sources.\n"
        'input lines:  {"id": 1, "answer": "...", "sources": ["...", ...], "question": "..."}\n'
        '              ("context": "..." instead of "sources" for one source; "question" optional)\n'
        'output lines: {"id", "line", "score", "supported", "claims": [...]} or {"id", "line", "error"}\n'
        "exit status: 0 every line scored, 1 some lines had errors, 2 missing file or bad --judge",
        epilog="judges:\n  offline                          the bundled scorer (default)\n"
        "  llm:MODEL@URL                    an OpenAI-compatible chat model; URL is the /v1 API base,\n"
        "                                   e.g. llm:qwen2.5@http://127.0.0.1:11434/v1\n"
        "  PREFIX:ARGS                      a plugin's judge, e.g. an NLI model: a package registers\n"
        "                                   PREFIX in the corpus_assistant.judges entry point group")
    p.add_argument("file", metavar="FILE.jsonl", help="one JSON object per line")
    p.add_argument("--out", metavar="FILE", help="write the verdicts here (default: stdout)")
    p.add_argument("--judge", metavar="SPEC", help=JUDGE_HELP)
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(store=None, collection=None, embedding=None)  # read by settings_from; unused here

    p = sub.add_parser("brief", help="answer a list of questions as a briefing (Markdown, HTML or Word)",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Answer every question of QUESTIONS and write one briefing: a title, when and "
                       "from which corpus it was made, each answer with footnotes quoting its sources, questions "
                       "the sources do not answer marked as such, and one list of sources.",
                       epilog="QUESTIONS:\n  a .txt file: one question per line; '## Heading' starts a section; "
                       "'#' starts a comment\n  a .yaml file:\n    title: Alaska summit\n    sections:\n"
                       "      - heading: The meeting\n        questions:\n          - Where will Trump and Putin "
                       "meet?\n          - question: Who is in the Russian delegation?\n"
                       "            note: for the desk\n\n"
                       "examples:\n  assistant brief questions.txt --out briefing.docx --title \"Alaska summit\"\n"
                       "  assistant brief questions.yaml > briefing.md")
    p.add_argument("questions", metavar="QUESTIONS", help="a .txt (one question per line) or .yaml file")
    store_args(p)
    p.add_argument("--generator", help=GENERATOR_HELP)
    p.add_argument("--judge", metavar="SPEC", help="the judge verification uses: " + JUDGE_HELP)
    p.add_argument("--out", metavar="FILE", help="FILE.md, FILE.html or FILE.docx (default: Markdown on stdout)")
    p.add_argument("--title", help="the briefing's title (default: the YAML title, else 'Briefing')")
    p.add_argument("--quiet", action="store_true", help="no progress bar")

    p = sub.add_parser("serve", help="serve the web chat and the HTTP API",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="One server: the chat at /, the JSON API under /api (docs at /docs), and an "
                       "OpenAI-compatible /v1/chat/completions for existing chat clients.",
                       epilog="examples:\n  assistant serve                          the chat on http://127.0.0.1:7860/\n"
                       "  assistant serve --host 0.0.0.0 --token $(openssl rand -hex 16)\n"
                       "  curl -s localhost:7860/api/ask -H 'content-type: application/json' "
                       "-d '{\"question\": \"Where will Trump and Putin meet?\"}'\n\n"
                       "environment:\n  ASSISTANT_TOKEN       default for --token")
    store_args(p)
    p.add_argument("--generator", help=GENERATOR_HELP)
    p.add_argument("--judge", metavar="SPEC", help="the judge verification uses: " + JUDGE_HELP)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    p.add_argument("--token", help="require this access token on every request (Bearer header or ?token=)")
    for command in entry_points(group=COMMAND_GROUP):  # commands other packages add (evals: `eval`)
        command.load()(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        command = COMMANDS.get(args.command) or args.run  # a plugin's command sets `run`
        return int(command(args, settings_from(args)))
    except USER_ERRORS as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exit_code(exc)
    except KeyboardInterrupt:
        print("interrupted; the index keeps its last committed state", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `assistant ask ... | head`: the reader has what it wanted
        sys.stderr.close()
        return 0


def cmd_index(args: argparse.Namespace, settings: Settings) -> int:
    from .progress import ProgressBar

    with Index(settings.index) as index, ProgressBar(disable=args.quiet) as bar:
        report = index.ingest(args.paths, rebuild=args.rebuild, progress=bar.update, ray=args.ray)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(format_report(report, settings))
    if report.documents == 0 and report.problems:
        return 2
    return 1 if report.problems else 0


def format_report(r: IngestReport, settings: Settings) -> str:
    lines = [f"problem: {p}" for p in r.problems]
    lines += [f"skipped: {s}" for s in r.skipped]
    work = (f"embedded {r.embedded_chunks} chunks ({r.embedded_tokens} tokens, "
            f"{r.tokens_per_second:,.0f} tokens/s)" if r.embedded_chunks else "no embedding work: nothing changed")
    if r.reused_chunks:
        work += f", reused {r.reused_chunks} chunks an interrupted run had embedded"
    lines += [
        f"collection '{r.collection}' in {settings.index.store}: {r.documents} documents, {r.chunks} chunks",
        f"added {r.added}, updated {r.updated}, removed {r.removed}, unchanged {r.unchanged}; "
        f"{work}; {r.seconds:.1f} s",
    ]
    if r.problems:
        lines.append(f"{len(r.problems)} problem(s): the other documents were indexed; fix those files and re-run")
    return "\n".join(lines)


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    with Index(settings.index) as index:
        stats = index.stats()
    if args.json:
        print(json.dumps(stats, indent=2, ensure_ascii=False))
        return 0
    print(format_stats(stats))
    return 0


def format_stats(s: dict[str, Any]) -> str:
    note = [unfinished_note(s["unfinished"], s["n_documents"])] if s.get("unfinished") else []
    if not s["n_documents"]:
        empty = (f"collection '{s['collection']}' in {s['store']} is empty; "
                 "run `assistant index PATH` to add documents")
        return "\n".join(note or [empty])
    emb = s["embedding"]
    lines = [f"collection '{s['collection']}' in {s['store']}: {s['n_documents']} documents, "
             f"{s['n_chunks']} chunks, {s['n_tokens']} tokens; embedding {emb['model']} ({emb['dim']}d)"]
    lines += [f"  {d['chunks']:>4} chunks  {d['title'][:70]}  [{d['source']}]" for d in s["documents"]]
    if len(s["collections"]) > 1:
        lines.append("collections in this store: " + ", ".join(s["collections"]))
    return "\n".join(note + lines)


def unfinished_note(note: dict[str, Any], n_documents: int) -> str:
    """What a user reads when the last ingest did not end: what is there, and how to finish."""
    paths = " ".join(shlex.quote(p) for p in note.get("paths", [])) or "PATH"
    again = f"assistant index {paths}{' --rebuild' if note.get('rebuild') else ''}"
    return (f"indexing was interrupted after {n_documents} document{'s' if n_documents != 1 else ''} "
            f"(or is still running in another process); re-run `{again}` with the same options to finish")


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    from index.retrieval import Filters

    if not args.query.strip():
        raise QuestionError("the query is empty; pass the words to search for")
    filters = Filters(tuple(args.source), args.since, args.until)
    with Index(settings.index) as index:
        passages = index.search(args.query, k=args.k, filters=filters)
    if args.json:
        print(json.dumps({"query": args.query, "passages": [p.to_dict() for p in passages]}, indent=2,
                         ensure_ascii=False))
        return 0
    for p in passages:
        snippet = " ".join(p.text.split())
        print(f"[{p.rank}] {p.title}  ({p.source})\n    {snippet[:400]}{'...' if len(snippet) > 400 else ''}\n")
    return 0


def cmd_judge(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from .components import build_judge
    from .judge.jsonl import judge_file, open_output, read_lines

    lines = read_lines(Path(args.file))
    judge = build_judge(settings.judge, settings)
    with open_output(args.out) as out:
        summary = judge_file(lines, judge, out, quiet=args.quiet)
    print(summary.format(judge.name), file=sys.stderr)
    return 1 if summary.errors else 0


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from .core import AskOptions, Assistant

    with Assistant.open(settings) as assistant:
        answer = assistant.ask(args.question, options=AskOptions(top_k=args.k, keep_unsupported=args.keep_unsupported))
        if note := assistant.index.unfinished():
            print(f"note: {unfinished_note(note, len(assistant.index.documents()))}", file=sys.stderr)
    if args.json:
        print(json.dumps(answer.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(f"query: {answer.query}\n" if answer.query != answer.question else "", end="")
        print(answer.to_markdown())
    return 0


def cmd_brief(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from .brief_render import format_of, render
    from .briefing import load_questions, make_briefing
    from .core import Assistant
    from .progress import ProgressBar

    fmt = format_of(args.out) if args.out else "md"
    title, items = load_questions(Path(args.questions))
    with Assistant.open(settings) as assistant, ProgressBar(disable=args.quiet, unit="question") as bar:
        briefing = make_briefing(assistant, items, args.title or title, progress=bar.update)
    data = render(briefing, fmt)
    if not args.out:
        sys.stdout.write(data.decode("utf-8"))
        return 0
    Path(args.out).write_bytes(data)
    answered = sum(e.answered for e in briefing.entries)
    print(f"wrote {args.out}: {len(briefing.entries)} questions ({answered} answered), "
          f"{len(briefing.footnotes)} footnotes, {len(briefing.sources)} sources", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from .components import Components
    from .web.app import serve
    from .web.service import ChatService

    service = ChatService(Components.from_settings(for_serving(settings)))
    service.ready()  # an empty store fails here, before the server starts, with the command that fills it
    try:
        serve(service, args.host, args.port, settings.token)
    finally:
        service.close()
    return 0


COMMANDS = {"brief": cmd_brief, "serve": cmd_serve, "ask": cmd_ask, "index": cmd_index,
            "stats": cmd_stats, "search": cmd_search, "judge": cmd_judge}
