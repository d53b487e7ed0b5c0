"""The arguments every command shares, and the one place they become ``Settings``.

The CLI's own commands and the commands plugins add (``evals`` adds ``assistant eval``
through the ``corpus_assistant.commands`` entry point group) build their parsers from these.
"""

from __future__ import annotations

import argparse

from .settings import Settings, load_settings

GENERATOR_HELP = "extractive (default, offline), openai:MODEL@URL, llamacpp:PATH, or a plugin's PREFIX:ARGS"
JUDGE_HELP = "offline (default), llm:MODEL@URL, or a plugin's PREFIX:ARGS (e.g. an NLI model)"


def store_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", help="folder of the store, chroma:DIR, or chroma+http://HOST:PORT for a Chroma server")
    p.add_argument("--catalog", help="where the catalog lives: the store's folder (default) or "
                   "postgresql://USER@HOST:PORT/DB, shared by several replicas (pip install '.[scale]')")
    p.add_argument("--collection", help="named corpus inside the store (default: default)")
    p.add_argument("--embedding", help="embedding model: onnx:minilm-int8 (default) or fake:DIM for tests")


def settings_from(args: argparse.Namespace) -> Settings:
    """The settings a command runs with: the environment, then its flags."""
    return load_settings(
        store=args.store, catalog=getattr(args, "catalog", None), collection=args.collection, embedding=args.embedding,
        chunk_tokens=getattr(args, "chunk_tokens", None), chunk_overlap=getattr(args, "chunk_overlap", None),
        max_file_mb=getattr(args, "max_file_mb", None), generator=getattr(args, "generator", None),
        judge=getattr(args, "judge", None), token=getattr(args, "token", None),
    )
