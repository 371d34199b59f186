"""CAMEO, the event coding of GDELT and ICEWS, mapped onto the ontology's predicates.

The mapping is data (``diplograph/schema/cameo.yaml``); this module reads it, checks it
against the ontology, and answers "what does code 057 mean here?".

>>> cameo = load_cameo()
>>> cameo.mapping("042").predicate, cameo.mapping("042").modality
('CONSULTATION', 'reported')
>>> cameo.mapping("057").predicate                  # a specific code overrides its root
'AGREEMENT'
>>> cameo.mapping("0332").predicate, cameo.mapping("0332").modality
('AID', 'planned')
>>> cameo.mapping("010") is None                    # a statement: no predicate, skipped
True
>>> cameo.code_for_name("Express_intent_to_meet_or_negotiate")
'036'
>>> cameo.label("190")
'Use conventional military force'
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources


from diplograph.errors import OntologyError
from diplograph.graph.ontology import load_ontology
from diplograph.names import name_key
from diplograph.datafiles import load_data

_CODE = re.compile(r"^\d{2,4}$")


@dataclass(frozen=True)
class Mapping:
    predicate: str
    modality: str


@dataclass(frozen=True, eq=False)
class Cameo:
    """The mapping, checked: roots and overrides, event names, and which actors are states."""

    roots: dict[str, dict]
    codes: dict[str, dict]
    names: dict[str, str]  # code -> event name
    default_modality: str
    gdelt_state_types: frozenset[str]
    icews_state_sectors: frozenset[str]  # name keys
    country_codes: dict[str, str]
    name_index: dict[str, str]  # name key -> code

    def mapping(self, code: str) -> Mapping | None:
        """The predicate and modality of an event code, or None when the code has no
        predicate (or is not a CAMEO code at all)."""
        code = str(code).strip()
        if not _CODE.match(code) or code[:2] not in self.roots:
            return None
        spec = self.roots[code[:2]]
        for length in range(len(code), 2, -1):  # the longest override that matches
            if code[:length] in self.codes:
                spec = self.codes[code[:length]]
                break
        if not spec.get("predicate"):
            return None
        return Mapping(spec["predicate"], spec.get("modality") or self.default_modality)

    def is_code(self, code: str) -> bool:
        code = str(code).strip()
        return bool(_CODE.match(code)) and code[:2] in self.roots

    def code_for_name(self, name: str) -> str | None:
        """The code of an event named in words ("Sign_formal_agreement" -> "057")."""
        return self.name_index.get(name_key(name))

    def label(self, code: str) -> str:
        """The event's name, or its root's label when the exact code has no name here."""
        code = str(code).strip()
        if code in self.names:
            return self.names[code]
        return str(self.roots.get(code[:2], {}).get("label", f"CAMEO {code}"))


@functools.cache
def load_cameo() -> Cameo:
    """The CAMEO mapping shipped with diplograph, checked against the ontology."""
    text = resources.files("diplograph.schema").joinpath("cameo.yaml").read_text(encoding="utf-8")
    return parse_cameo(load_data(text), "diplograph/schema/cameo.yaml")


def parse_cameo(data: dict, origin: str) -> Cameo:
    onto = load_ontology()

    def check(spec, where):
        if not isinstance(spec, dict) or "predicate" not in spec:
            raise OntologyError(f"{origin}: {where} needs a predicate (null to skip such events)")
        if spec["predicate"] is not None:
            onto.predicate(spec["predicate"])
        if spec.get("modality") is not None:
            onto.modality(spec["modality"])
        return dict(spec)

    roots = {str(code): check(spec, f"root {code}") for code, spec in (data.get("roots") or {}).items()}
    if sorted(roots) != [f"{n:02d}" for n in range(1, 21)]:
        raise OntologyError(f"{origin}: roots must list the twenty CAMEO root codes 01 to 20")
    codes = {str(code): check(spec, f"code {code}") for code, spec in (data.get("codes") or {}).items()}
    stray = [c for c in codes if not _CODE.match(c) or c[:2] not in roots]
    if stray:
        raise OntologyError(f"{origin}: codes {stray} are not CAMEO codes")
    agents = data.get("state_agents") or {}
    names = {str(code): str(name) for code, name in (data.get("event_names") or {}).items()}
    return Cameo(
        roots=roots,
        codes=codes,
        names=names,
        default_modality=onto.modality(data.get("default_modality", "reported")).name,
        gdelt_state_types=frozenset(str(t).upper() for t in agents.get("gdelt_types") or ()),
        icews_state_sectors=frozenset(name_key(s) for s in agents.get("icews_sectors") or ()),
        country_codes={str(k).upper(): str(v).upper() for k, v in (data.get("country_codes") or {}).items()},
        name_index={name_key(name): code for code, name in names.items()},
    )
