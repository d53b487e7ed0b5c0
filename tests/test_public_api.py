"""The packages' public surfaces are pinned: a change to them is a deliberate one."""

import assistant
import index


def test_assistant_public_names() -> None:
    assert assistant.__all__ == [
        "Answer", "AskOptions", "Assistant", "AssistantError", "Citation", "Claim", "Components", "Draft",
        "Filters", "Passage", "QuestionError", "Settings", "Turn", "load_settings",
    ]
    assert all(hasattr(assistant, name) for name in assistant.__all__)


def test_index_public_names() -> None:
    assert index.__all__ == [
        "Chunk", "ClusterUnavailableError", "ConfigError", "Document", "EncoderEmbedding", "Filters", "Fusion",
        "Index", "IndexSettings",
        "IndexingError", "IngestReport", "InputError", "LoadResult", "ModelError", "Passage", "Problem", "Retriever",
        "StoreMismatchError",
        "StoreUnavailableError", "StoredDocument", "chunk_document", "load_paths", "make_embedding", "make_encoder",
        "parse_store_spec",
    ]
    assert all(hasattr(index, name) for name in index.__all__)
