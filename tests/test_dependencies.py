"""Every outside package our code imports is declared in pyproject.toml."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("prompts", "index", "assistant", "evals", "bench")


def _imported_modules() -> set[str]:
    """Top-level names of every import in our packages, function-level ones included."""
    names: set[str] = set()
    for path in (p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - set(PACKAGES)


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = project["dependencies"] + [s for extra in project["optional-dependencies"].values() for s in extra]
    return {_normal(re.split(r"[<>=!~;\[ ]", s, maxsplit=1)[0]) for s in specs}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_imported_package_is_declared() -> None:
    # A package of an extra the test install leaves out (bench: pypdfium2, pdfplumber) is not
    # installed here, so it has no distribution to look up: its module name must then be the
    # name it is declared by.
    owners = packages_distributions()
    undeclared = {
        module: owners.get(module, ["(not installed)"])
        for module in _imported_modules()
        if not {_normal(d) for d in owners.get(module, [_normal(module)])} & _declared()
    }
    assert not undeclared, f"imported but not in pyproject.toml: {undeclared}"
