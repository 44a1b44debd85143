"""Every dataclass in viewer/ says what it is in a docstring. Besides the reader's sake, start-up's:
a dataclass without one gets a docstring made from inspect.signature of its fields, at import, and
for the 85 fields of a language's words that was a measurable part of the start (benchmarks/startup_stages.py)."""
import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "viewer"


def is_dataclass(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return (isinstance(target, ast.Name) and target.id == "dataclass") or (
        isinstance(target, ast.Attribute) and target.attr == "dataclass")


def dataclasses_without_docstring(package: Path = PACKAGE) -> list[str]:
    missing = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(map(is_dataclass, node.decorator_list)) \
                    and ast.get_docstring(node) is None:
                missing.append(f"{path.relative_to(package.parent)}: {node.name}")
    return missing


def test_every_dataclass_has_a_docstring():
    assert dataclasses_without_docstring() == []


def test_the_check_finds_a_dataclass_without_one(tmp_path):
    (tmp_path / "module.py").write_text("from dataclasses import dataclass\n\n\n@dataclass(frozen=True)\n"
                                        "class Point:\n    x: int\n")
    assert dataclasses_without_docstring(tmp_path) == [f"{tmp_path.name}/module.py: Point"]
