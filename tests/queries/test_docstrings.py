"""The examples in the query modules' docstrings run, and give what they say."""

import doctest
import importlib
import pkgutil

import pytest

import diplograph.queries

MODULES = sorted(m.name for m in pkgutil.iter_modules(diplograph.queries.__path__, "diplograph.queries."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
