"""The package's layout stays true: data flows one way (content → search → library → ui → app), the
Qt layer's rooms import only rooms below them, and no module imports itself back through others.
Imports made only for type checking and imports inside functions count too: a circle that only
type checking closes is still a circle for the reader of the code."""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "viewer"

# Lowest first: a module may import its own layer and those before it, never one after it.
LAYERS = [
    ("viewer", "viewer.paths", "viewer.history"),
    ("viewer.content",),
    ("viewer.search",),
    ("viewer.library",),
    ("viewer.settings",),
    ("viewer.ui",),
    ("viewer.app",),
    ("viewer.selftest", "viewer.__main__"),
]
# Inside the Qt layer: each room may import the rooms before it (ui/ARCHITECTURE in ARCHITECTURE.md).
ROOMS = [
    ("viewer.ui.common",),
    ("viewer.ui.appearance",),
    ("viewer.ui.reading",),
    ("viewer.ui.navigation", "viewer.ui.search"),
    ("viewer.ui.library", "viewer.ui.paper"),
    ("viewer.ui.shell",),
]
QT_FREE = ("viewer.content", "viewer.search", "viewer.library")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """Every viewer module `name` imports, anywhere in its file (top level, functions, TYPE_CHECKING)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - (node.level - 1)]
                stem = ".".join(base + ([node.module] if node.module else []))
            else:
                stem = node.module or ""
            # "from . import x" names a module x; "from .m import y" names m (or m.y, if a module)
            targets = [f"{stem}.{alias.name}" if f"{stem}.{alias.name}" in known else stem for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:  # viewer.content.Summary → viewer.content
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def unresolved(name: str, path: Path, known: set[str]) -> list[str]:
    """The package-relative imports of `name` that name no module of the package (a module moved
    to another room whose relative imports were not moved with it: an error only when it runs)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    missing = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.split(".")
            stem = ".".join(base[:len(base) - (node.level - 1)] + ([node.module] if node.module else []))
            if stem not in known and not all(f"{stem}.{a.name}" in known for a in node.names):
                missing.append(f"{name}: from {'.' * node.level}{node.module or ''} import …")
    return missing


def graph() -> dict[str, set[str]]:
    found = modules()
    return {name: imports_of(name, path, set(found)) for name, path in found.items()}


def rank(name: str, order) -> int | None:
    best = None
    for i, group in enumerate(order):
        for prefix in group:
            if (name == prefix or name.startswith(prefix + ".")) and (best is None or len(prefix) > best[1]):
                best = (i, len(prefix))
    return None if best is None else best[0]


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each a circle of imports."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def package_edges(edges: dict[str, set[str]]) -> dict[str, set[str]]:
    """Package initialisers import their own modules to re-export them: a package's `__init__`
    importing a child is not a dependency of the child on the package."""
    return {v: {w for w in ws if not w.startswith(v + ".")} for v, ws in edges.items()}


def test_every_relative_import_names_a_module_of_the_package():
    found = modules()
    assert [m for name, path in found.items() for m in unresolved(name, path, set(found))] == []


def test_no_module_imports_itself_back():
    assert cycles(package_edges(graph())) == []


def test_no_layer_imports_a_layer_above_it():
    wrong = [f"{a} imports {b}" for a, targets in graph().items() for b in targets
             if rank(b, LAYERS) > rank(a, LAYERS)]
    assert wrong == []


def test_no_room_of_the_qt_layer_imports_a_room_above_it():
    edges = graph()
    assert all(rank(m, ROOMS) is not None for m in edges if m.startswith("viewer.ui.")), "a ui module outside the rooms"
    wrong = [f"{a} imports {b}" for a, targets in edges.items() if a.startswith("viewer.ui.")
             for b in targets if b.startswith("viewer.ui.") and rank(b, ROOMS) > rank(a, ROOMS)]
    assert wrong == []


def test_the_core_does_not_import_qt():
    wrong = []
    for name, path in modules().items():
        if name.startswith(QT_FREE):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                         else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                wrong += [f"{name} imports {n}" for n in names if n.split(".")[0] in ("PySide6", "shiboken6")]
    assert wrong == []


@pytest.mark.parametrize("bad", [
    {"viewer.a": {"viewer.b"}, "viewer.b": {"viewer.a"}},
    {"viewer.a": {"viewer.b"}, "viewer.b": {"viewer.c"}, "viewer.c": {"viewer.a"}},
])
def test_the_circle_finder_finds_circles(bad):
    assert cycles(bad)


def test_the_reader_of_imports_sees_every_kind(tmp_path):
    """Type-checking, function-level and relative imports are all read (the test above relies on it)."""
    known = {"viewer.ui.shell.main_window", "viewer.ui.paper.paper_commands", "viewer.content", "viewer.ui.shell"}
    source = tmp_path / "paper_commands.py"
    source.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..shell.main_window import W\n"
                      "def f():\n    from ...content import Summary\n")
    assert imports_of("viewer.ui.paper.paper_commands", source, known) == {"viewer.ui.shell.main_window", "viewer.content"}
