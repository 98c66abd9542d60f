"""The shape of the attribution engine: no import cycles, no module over 500 lines, word lists kept as data
(documented), frames coded with enums, explicit options instead of reader state."""
from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

from isnad.claims.engine import read_frames
from isnad.claims.frame import ContentType, How, Placement
from isnad.claims.lexicon import PACKAGE, CueKind, lexicon
from isnad.lexicon import load_tsv
from isnad.model import Article
from isnad.text import annotate

CLAIMS = Path(__file__).resolve().parents[2] / "src" / "isnad" / "claims"
MODULES = sorted(CLAIMS.glob("*.py"))
PRESENTATION = {"render.py", "evaluate.py"}  # labels shown to people, not rules


def local_imports(path: Path) -> set[str]:
    """Modules of the claims package that ``path`` imports, anywhere in it (TYPE_CHECKING blocks included)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                out.add(node.module.split(".")[0])
            else:
                out.update(a.name for a in node.names)
    return out


def test_no_import_cycles():
    graph = {p.stem: local_imports(p) & {m.stem for m in MODULES} for p in MODULES}
    done: set[str] = set()

    def visit(m: str, path: list[str]) -> None:
        assert m not in path, "import cycle: " + " → ".join(path[path.index(m):] + [m])
        if m in done:
            return
        for n in sorted(graph[m]):
            visit(n, path + [m])
        done.add(m)

    for m in graph:
        visit(m, [])
    assert "engine" not in graph["stance"]


def test_no_module_over_500_lines():
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in MODULES}
    assert max(sizes.values()) <= 500, sizes


def test_word_lists_are_data_not_code():
    """Rule modules hold no Arabic word literal: words come from data files; single letters (clitics) and
    punctuation are named constants of lexicon.py."""
    found = []
    for p in MODULES:
        if p.name in PRESENTATION:
            continue
        for t in tokenize.generate_tokens(io.StringIO(p.read_text(encoding="utf-8")).readline):
            if t.type != tokenize.STRING or t.string.startswith(('"""', "'''")):
                continue
            letters = re.findall(r"[\u0621-\u064a]", t.string)
            if len(letters) >= 2 and not (p.name == "lexicon.py" and len(letters) == 2):
                found.append(f"{p.name}:{t.start[0]} {t.string}")
    assert not found, found


def test_every_word_list_is_used_and_documented():
    readme = (CLAIMS / "data" / "README.md").read_text(encoding="utf-8")
    code = "\n".join(p.read_text(encoding="utf-8") for p in MODULES)
    for name, match, entries in load_tsv(PACKAGE, "data/words.tsv"):
        assert f"`{name}`" in readme, f"words.tsv list {name} is not documented in data/README.md"
        assert f'"{name}"' in code, f"words.tsv list {name} is used by no module"
        assert match in ("norm", "lemma", "suffix") and entries.split()
    for f in sorted((CLAIMS / "data").iterdir()):
        if f.suffix in (".tsv", ".txt"):
            assert f"`{f.name}`" in readme, f"{f.name} is not documented in data/README.md"


def test_frames_carry_enum_codes():
    art = Article(id="a1", paragraphs=[
        "قال وزير الزراعة سامر الخطيب إن موسم القمح تأخر. وأضاف أن الأمطار قليلة، مؤكداً أن الأسعار سترتفع.",
        "ونفت الحكومة الاتهامات، بحسب وكالة الأنباء الرسمية.",
    ])
    annotate(art)
    ctx, frames = read_frames(art)
    assert len(frames) >= 4
    hows = {f.how for f in frames}
    assert {How.POST, How.ELIDED, How.CONT} <= hows
    for f in frames:
        assert isinstance(f.how, How) and isinstance(f.kind, CueKind)
        assert isinstance(f.ctype, ContentType)
        assert f.attr is None or isinstance(f.attr, Placement)
    assert ctx.frames and all(isinstance(m.subject, bool) for m in ctx.mentions)
    assert all(isinstance(form.kind, CueKind) for forms in lexicon().cues.values() for form in forms)


def test_phrase_stops_are_an_argument_not_reader_state():
    art = Article(id="a1", paragraphs=["دعا رئيس الحكومة المواطنين إلى الهدوء."])
    annotate(art)
    ctx, _ = read_frames(art)
    r = ctx.r
    k = next(i for i, t in enumerate(ctx.toks) if t.text == "المواطنين")
    assert not r.stop_word(k)
    assert r.stop_word(k, stops=frozenset({ctx.toks[k].bare}))
    assert not r.stop_word(k)  # asking with stops left nothing behind
    end = len(ctx.toks)
    assert r.walk(1, end, stops=frozenset({ctx.toks[k].bare})) <= k
    assert not hasattr(r, "stops") and not hasattr(r, "bstop")
