"""The YAML data files diplograph ships (ontology, lexicon, gazetteer, question grammar ...), read
with libyaml's parser when PyYAML was built with it: about ten times faster than the pure-Python
one, which matters because every CLI command starts a new process that reads them.

Files an analyst writes (curated facts, manifests) are not read here: their errors name the file
and line through the loaders' own readers.

>>> load_data("a: [1, 2]")
{'a': [1, 2]}
>>> packaged("diplograph.queries", "regions.yaml") is not packaged("diplograph.queries", "regions.yaml")
True
"""

from __future__ import annotations

import copy
import functools
from importlib import resources

import yaml

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_data(text: str):
    """``yaml.safe_load(text)``, faster."""
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 (SafeLoader or its libyaml twin)


@functools.cache
def _parsed(package: str, name: str):
    return load_data(resources.files(package).joinpath(name).read_text(encoding="utf-8"))


def packaged(package: str, name: str):
    """The data file ``name`` of ``package``, parsed once per process; each caller gets its own copy,
    free to change."""
    return copy.deepcopy(_parsed(package, name))
