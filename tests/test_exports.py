"""Briefing exports: one folder per server, a bounded number of files, nothing left after close."""

from __future__ import annotations

from assistant.web.exports import Exports


def test_exports_keep_their_name_are_bounded_and_go_at_close() -> None:
    exports = Exports(keep=3)
    paths = [exports.save("briefing.md", f"# Briefing {i}\n".encode()) for i in range(5)]
    assert {p.name for p in paths} == {"briefing.md"} and len({p.parent for p in paths}) == 5
    assert [p.exists() for p in paths] == [False, False, True, True, True]  # the oldest went first
    assert paths[-1].read_text() == "# Briefing 4\n"
    root = exports.root
    assert root is not None and sorted(root.iterdir()) == sorted(p.parent for p in paths[2:])
    exports.close()
    assert not root.exists()
    assert exports.save("briefing.html", b"<p>again</p>").read_bytes() == b"<p>again</p>"  # usable after close
    exports.close()


def test_a_server_that_never_exports_makes_no_folder() -> None:
    exports = Exports()
    exports.close()
    assert exports.root is None
