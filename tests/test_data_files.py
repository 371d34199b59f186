"""The data files diplograph ships (ontology, lexicon, grammar, gazetteer) are read with
yaml.safe_load, which keeps the last of two equal keys silently; a second `act:` class once
replaced the first this way. Every mapping key must be unique."""

from pathlib import Path

import pytest
import yaml

PACKAGE = Path(__file__).resolve().parents[1] / "diplograph"


class _UniqueKeyLoader(yaml.SafeLoader):
    pass


def _mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise ValueError(f"duplicate key {key!r} at line {key_node.start_mark.line + 1}")
        seen.add(key)
    return loader.construct_mapping(node, deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.yaml")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_data_file_repeats_a_key(path):
    yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)


def test_the_check_finds_a_repeated_key():
    with pytest.raises(ValueError, match="duplicate key 'act' at line 3"):
        yaml.load("nouns:\n  act: [a]\n  act: [b]\n", Loader=_UniqueKeyLoader)
