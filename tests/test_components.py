"""The composition root: one spec syntax, one registry per part, plugins through entry points."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.cli import build_parser
from assistant.components import JUDGES, Components, build_judge
from assistant.errors import GeneratorConfigError, JudgeConfigError
from assistant.extractive import ExtractiveGenerator
from assistant.settings import load_settings
from index.embeddings import make_encoder
from index.encoder_cache import CachedEncoder, uncached
from index.encoders import HashingEncoder
from index.errors import ConfigError
from index.store import parse_store_spec

PLUGIN = '''
from dataclasses import dataclass

@dataclass
class NLIJudge:
    path: str
    encoder: object
    name: str = "nli"

def build(args, context):
    return NLIJudge(args, context.encoder)
'''


def _install_plugin(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A real installed distribution (a dist-info folder on sys.path) that registers ``nli``."""
    (folder / "fake_nli_plugin.py").write_text(PLUGIN, encoding="utf-8")
    info = folder / "fake_nli_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: fake-nli-plugin\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[corpus_assistant.judges]\nnli = fake_nli_plugin:build\n",
                                           encoding="utf-8")
    monkeypatch.syspath_prepend(str(folder))


def test_a_plugin_adds_a_judge_prefix_through_its_entry_point(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    settings = load_settings(env={"ASSISTANT_HOME": str(tmp_path)}, embedding="fake:16")
    with pytest.raises(JudgeConfigError, match="corpus_assistant.judges"):
        build_judge("nli:/models/deberta", settings)  # nothing registers nli yet
    _install_plugin(tmp_path, monkeypatch)
    encoder = HashingEncoder(16)
    judge = build_judge("nli:/models/deberta", settings, encoder=encoder)
    assert type(judge).__name__ == "NLIJudge" and judge.path == "/models/deberta"  # type: ignore[attr-defined]
    # the deployment's one encoder, behind the deployment's one cache
    assert uncached(judge.encoder) is encoder  # type: ignore[attr-defined]
    assert "nli:..." in JUDGES.valid()


def test_components_share_one_encoder_and_fall_back_only_from_a_model(tmp_path: Path) -> None:
    settings = load_settings(env={"ASSISTANT_HOME": str(tmp_path)}, embedding="fake:16")
    parts = Components.from_settings(settings)
    assert isinstance(parts.generator, ExtractiveGenerator) and parts.fallback is None
    assert parts.generator.encoder is parts.encoder is parts.judge.encoder  # type: ignore[attr-defined]
    assert isinstance(parts.encoder, CachedEncoder)  # one sentence-vector cache for generator and judge
    bare = Components.from_settings(load_settings(env={"ASSISTANT_HOME": str(tmp_path),
                                                       "ASSISTANT_EMBED_CACHE_MB": "0"}, embedding="fake:16"))
    assert not isinstance(bare.encoder, CachedEncoder)
    model = Components.from_settings(load_settings(env={"ASSISTANT_HOME": str(tmp_path)}, embedding="fake:16",
                                                   generator="openai:m@http://127.0.0.1:9/v1"))
    assert model.generator.name == "openai:m@http://127.0.0.1:9/v1"
    assert isinstance(model.fallback, ExtractiveGenerator) and model.fallback.encoder is model.encoder


@pytest.mark.parametrize(("spec", "error", "named"), [
    ("gpt4", GeneratorConfigError, "openai:MODEL@URL"),
    ("openai:no-url", GeneratorConfigError, "openai:MODEL@URL"),
    ("extractive:bullets", GeneratorConfigError, "extractive:sentences"),
])
def test_bad_generator_specs_name_the_valid_forms(tmp_path: Path, spec: str, error: type[Exception],
                                                  named: str) -> None:
    settings = load_settings(env={"ASSISTANT_HOME": str(tmp_path)}, embedding="fake:16", generator=spec)
    with pytest.raises(error, match=named):
        Components.from_settings(settings)


def test_every_part_uses_the_one_spec_syntax() -> None:
    assert parse_store_spec("memory").kind == "memory"
    assert parse_store_spec("chroma+http://127.0.0.1:8000").port == 8000
    assert parse_store_spec("chroma:/data/store").path == Path("/data/store")
    assert parse_store_spec("./store").kind == "local"
    with pytest.raises(ConfigError, match=r"PATH, chroma:PATH, chroma\+http://HOST:PORT, memory"):
        parse_store_spec("s3://bucket/store")
    assert make_encoder("fake:16").dim == 16
    with pytest.raises(ConfigError, match="onnx:minilm-int8, fake:DIM"):
        make_encoder("openai:text-embedding-3")
    with pytest.raises(JudgeConfigError, match="offline:fitted"):
        build_judge("offline:strict", load_settings(embedding="fake:16"), encoder=HashingEncoder(16))


def test_the_eval_command_comes_from_its_entry_point() -> None:
    """`assistant eval` is added by evals' plugin entry point: the CLI module never imports evals."""
    text = Path(build_parser.__code__.co_filename).read_text(encoding="utf-8")
    assert "evals" not in "".join(line for line in text.splitlines() if line.lstrip().startswith(("from", "import")))
    args = build_parser().parse_args(["eval", "suite.jsonl", "--judge", "offline"])
    assert args.run.__module__ == "evals.command" and args.scoring_judge == "offline"
