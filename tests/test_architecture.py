"""The architecture the project keeps: stages talk only through the model and the shared library, no import
cycles, no module over 500 lines."""
from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "isnad"
STAGES = ("ingest", "text", "ner", "claims", "facts", "compare")
# What any stage may import besides its own package: the data model and the shared library.
SHARED = ("isnad.model", "isnad.arabic", "isnad.lexicon", "isnad.cache", "isnad.vectors", "isnad.learn", "isnad.evaluation",
          "isnad")
MAX_LINES = 500


def _module(path: Path) -> str:
    rel = path.relative_to(SRC.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _imports(path: Path, top_level_only: bool = False) -> set[str]:
    """Absolute names of the isnad modules a file imports (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    mod = _module(path)
    package = mod if path.name == "__init__.py" else mod.rpartition(".")[0]
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    out = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            if name.startswith("isnad"):
                out.add(name)
                out.update(f"{name}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("isnad"))
    return out


def _known(name: str, modules: set[str]) -> str | None:
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def test_no_stage_imports_another_stage_the_cli_or_the_pipeline():
    bad = []
    for stage in STAGES:
        for path in (SRC / stage).rglob("*.py"):
            for name in _imports(path):
                if name.startswith(f"isnad.{stage}") or any(name == s or name.startswith(s + ".") for s in SHARED[:-1]):
                    continue
                if name in ("isnad", "isnad.__version__"):
                    continue
                bad.append(f"{path.relative_to(SRC)} imports {name}")
    assert not bad, bad


def test_no_import_cycles():
    files = {_module(p): p for p in SRC.rglob("*.py")}
    graph = {m: {k for k in (_known(n, set(files)) for n in _imports(p, top_level_only=True)) if k and k != m}
             for m, p in files.items()}
    state: dict[str, int] = {}
    cycles = []

    def visit(m: str, stack: list[str]) -> None:
        state[m] = 1
        for n in graph.get(m, ()):
            if state.get(n) == 1 and not m.startswith(n + "."):  # a package's __init__ importing its children
                cycles.append(stack[stack.index(n):] + [n] if n in stack else [m, n])
            elif n not in state:
                visit(n, stack + [n])
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m, [m])
    assert not cycles, cycles[:5]


def test_no_module_over_500_lines():
    big = [f"{p.relative_to(SRC)}: {n}" for p in SRC.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES]
    assert not big, big
