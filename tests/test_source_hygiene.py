"""A module that defines a function or class twice keeps only the last one, silently: a helper
once shadowed another of the same name in relations.py this way. No module may do it."""

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "diplograph"


def redefined(source: str) -> list[str]:
    """Names defined more than once at the top level of a module, or in one class body."""
    tree = ast.parse(source)
    scopes = [tree.body] + [node.body for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    found = []
    for body in scopes:
        names = Counter(node.name for node in body
                        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)))
        found += [name for name, count in names.items() if count > 1]
    return found


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_defines_a_name_twice(path):
    assert redefined(path.read_text(encoding="utf-8")) == []


def test_the_check_finds_a_second_definition():
    assert redefined("def f():\n    pass\n\n\ndef f():\n    pass\n") == ["f"]
