"""A checked claim made straight into the row the embedded store keeps of it.

A loader that checks every row as it reads it (the curated-CSV loader; GDELT and ICEWS
events) marks its batches ``checked``: the store then only cleans them and keeps the last of
two claims with the same id. For such a loader, :func:`claim_row` does that cleaning and the
store's own rendering (:attr:`Claim.id`, the properties' JSON) at once, and a
:class:`~diplograph.graph.model.RowBatch` carries the rows to the store's ``executemany``:
no Claim object per row, no second pass over a batch. The rows are the very ones the store
would have made of the same claims (the same clean functions, the same id function, the same
JSON writer), and any other reader of the batch gets those claims back from them.

>>> row = claim_row("state:a", "CONSULTATION", "state:b", "src:1", "2020-01-02", "", "reported", 1.0,
...                 "talks\\u202e", "dataset:gdelt", {"cameo": "040"})
>>> from diplograph.graph.model import Claim
>>> claim = Claim("state:a", "CONSULTATION", "state:b", "src:1", "2020-01-02", "", "reported", 1.0, "talks",
...               method="dataset:gdelt", properties={"cameo": "040"})
>>> row == (claim.id, "state:a", "CONSULTATION", "state:b", "src:1", "2020-01-02", "", "reported", 1.0, "talks",
...         None, None, "dataset:gdelt", '{"cameo": "040"}')
True
"""

from __future__ import annotations

from diplograph.graph.backend import _clean_claim, _printable
from diplograph.graph.backends.embedded import _properties_json
from diplograph.graph.model import Claim, claim_id


def claim_row(subject: str, predicate: str, object: str, source_id: str, date: str, end_date: str, modality: str,
              confidence: float, evidence: str, method: str, properties: dict[str, str], *,
              printable: bool = False) -> tuple:
    """The stored row of the claim of these fields (no offsets in a text: a dataset's or a
    curated file's evidence is the row itself), cleaned as the store cleans a batch's claims.
    ``printable``: the caller found the evidence and every property printable already (a check
    of its own, at C speed), so there is nothing to clean."""
    if not printable and not (evidence.isprintable() and (not properties or _printable(properties.values()))):
        cleaned = _clean_claim(Claim(subject, predicate, object, source_id, date, end_date, modality, confidence,
                                     evidence, method=method, properties=properties))
        evidence, properties = cleaned.evidence, cleaned.properties
    return (claim_id(subject, predicate, object, source_id, date, end_date, modality, evidence),
            subject, predicate, object, source_id, date, end_date, modality, confidence, evidence, None, None,
            method, _properties_json(properties) if properties else "{}")
