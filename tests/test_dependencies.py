"""Dependencies: ranges in pyproject.toml (no exact pins that clash with other tools), every one of them used by
isnad's code, and constraints.txt (what CI installs) pinning versions inside those ranges."""
from __future__ import annotations

import re
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parent.parent
IMPORT = re.compile(r"^\s*(?:from|import)\s+([A-Za-z_]\w*)", re.M)
# declared although isnad's code does not import them: a dependency imports them without declaring them
NEEDED_BY_DEPENDENCIES = {
    "lxml-html-clean": "newspaper4k (outputformatters) imports lxml.html.clean at import time",
    # newspaper4k's Arabic tokenizer (newspaper/languages/ar.py) needs nltk; without it the body of some Arabic
    # pages is chosen differently (tests/ingest/test_ingest_html.py::test_legacy_windows_1256_table_page)
    "nltk": "newspaper4k's Arabic tokenizer (language='ar') imports nltk",
}


def _project() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _requirements(*extras: str) -> list[Requirement]:
    project = _project()
    reqs = [Requirement(r) for r in project["dependencies"]]
    for extra in extras:
        reqs += [Requirement(r) for r in project["optional-dependencies"][extra]]
    return [r for r in reqs if canonicalize_name(r.name) != "isnad"]


def _pins() -> dict[str, str]:
    pins = {}
    for line in (REPO / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not NAME==VERSION"
            pins[canonicalize_name(name)] = version
    return pins


def test_runtime_dependencies_are_ranges():
    exact = [str(r) for r in _requirements() if any(s.operator in ("==", "===") for s in r.specifier)]
    assert not exact, exact


def test_constraints_pin_every_dependency_inside_its_range():
    pins = _pins()
    for req in _requirements("test", "postgres"):
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is not pinned in constraints.txt"
        assert req.specifier.contains(pins[name], prereleases=True), f"{req.name}=={pins[name]} is outside {req}"


def test_every_runtime_dependency_is_imported_by_isnad():
    modules = {m for path in (REPO / "src" / "isnad").rglob("*.py")
               for m in IMPORT.findall(path.read_text(encoding="utf-8"))}
    imported = {canonicalize_name(d) for m in modules for d in packages_distributions().get(m, [])}
    unused = [r.name for r in _requirements()
              if canonicalize_name(r.name) not in imported and canonicalize_name(r.name) not in NEEDED_BY_DEPENDENCIES]
    assert not unused, f"declared but never imported: {unused}"


def test_a_dependency_needed_by_another_one_is_still_needed():
    from importlib import import_module

    import_module("newspaper")  # fails without lxml_html_clean: newspaper4k imports it and does not declare it
    assert "lxml_html_clean" in __import__("sys").modules


def test_newspaper4k_reads_arabic_with_nltk():
    from newspaper.languages.ar import tokenizer

    assert tokenizer("قال الوزير إن الاجتماع كان مثمرا")  # raises ImportError without nltk
