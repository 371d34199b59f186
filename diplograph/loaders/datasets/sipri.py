"""SIPRI Arms Transfers Database trade registers to ARMS_TRANSFER claims.

Two export layouts are recognised by their header row (after SIPRI's preamble lines):

* the register of deals (``Recipient,Supplier,Year of order, ,Number ordered, ,Weapon
  designation,...``), one row per deal, in UTF-8 or SIPRI's own ISO-8859-1;
* the newer register of deliveries (``SIPRI AT Database ID,Supplier,Recipient,...``), one
  row per deal and delivery year, every line ending in ``;``; the rows of one deal are
  folded into one claim.

Each deal is one ARMS_TRANSFER claim, supplier -> recipient: ``date`` is the order year,
``end_date`` the last delivery year; ``asserted`` once anything was delivered, ``planned``
while nothing has been. Properties keep the weapon, SIPRI's status (new, second hand), the
numbers, the TIVs and the comments. Parties marked ``*`` by SIPRI are non-state armed groups,
``**`` organisations; "unknown supplier(s)" and the like are skipped.

Where the data says the weapon is made in the recipient country under licence (a comment
"produced under licence in Tajikistan", or ``Local production: Yes``), the row also gives
CO_PRODUCTION (supplier -> recipient) and MANUFACTURES (recipient -> weapon, a ``weapon``
actor); "possibly" or "probably" in the comment makes those ``unconfirmed``. No other
weapon actors or MANUFACTURES claims are made: the register does not say who makes a
weapon it exports.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from diplograph.errors import InputError
from diplograph.graph.dates import PartialDate
from diplograph.graph.model import Actor, Claim
from diplograph.graph.ontology import load_ontology
from diplograph.loaders.datasets import files
from diplograph.loaders.datasets.files import Head
from diplograph.loaders.datasets.format import Format
from diplograph.loaders.datasets.output import Output
from diplograph.loaders.datasets.resolve import ActorResolver
from diplograph.names import name_key

METHOD = "dataset:sipri"
DEALS_HEADER = ("recipient", "supplier", "year of order")
DELIVERIES_HEADER = ("sipri at database id", "supplier", "recipient")
# The deal register's columns by position: three of them have blank names (uncertainty flags).
DEAL_COLUMNS = ("recipient", "supplier", "order_year", "order_year_uncertain", "number_ordered",
                "number_ordered_uncertain", "weapon", "weapon_description", "number_delivered",
                "number_delivered_uncertain", "delivery_years", "status", "comments", "tiv_per_unit",
                "tiv_total_order", "tiv_delivered")
_LICENCE = re.compile(r"(?:produc|assembl)\w*\b[^;]*?\bunder\s+(?:\w+\s+)?licen[cs]e\s+in\s+(?P<place>[^;,()]+)", re.I)
_HEDGE = re.compile(r"\b(?:possibly|probably|perhaps|unconfirmed)\b", re.I)
_GENERATED = re.compile(r"^Data generated:\s*(?P<date>\d{1,2} \w+ \d{4})")


def _header_line(head: Head) -> tuple[int, str] | None:
    """(index in head, layout) of the header row, after any preamble."""
    for index, line in enumerate(head.lines):
        fields = [f.lower() for f in head.fields(line)]
        if tuple(fields[:3]) == DEALS_HEADER and len(fields) == len(DEAL_COLUMNS):
            return index, "deals"
        if tuple(fields[:3]) == DELIVERIES_HEADER and "designation" in fields and "delivery year" in fields:
            return index, "deliveries"
    return None


def matches(head: Head) -> bool:
    return _header_line(head) is not None


def _generated(head: Head, before: int) -> str:
    for line in head.lines[:before]:
        match = _GENERATED.match(line.strip().rstrip(";"))
        if match:
            try:
                return PartialDate.parse(match["date"]).iso
            except ValueError:
                return ""
    return ""


def read(path: Path, head: Head, resolver: ActorResolver):
    index, layout = _header_line(head)
    source = files.dataset_source(path, f"SIPRI Arms Transfers Database, trade register ({path.name})",
                                  publisher="Stockholm International Peace Research Institute (SIPRI)",
                                  published=_generated(head, index),
                                  url="https://www.sipri.org/databases/armstransfers")
    out = Output(source, path.name, f"sipri-{layout}")
    writer = _Deals(out, resolver)
    records = _after_header(path, index)
    if layout == "deals":
        deals = _deal_rows(path, records, out)
    else:
        deals = _delivery_deals(path, [f.lower() for f in head.fields(head.lines[index])], records)
    for line, deal in deals:
        writer.add(line, deal)
        yield from out.ready()
    yield from out.batches()
    return out.summary


def _after_header(path: Path, header_index: int) -> Iterator[tuple[int, list[str]]]:
    """Records after the header (the header's line number is its index + 1 in the head)."""
    for line, values in files.rows(path):
        if line > header_index + 1:
            yield line, values


def _deal_rows(path: Path, records, out: Output) -> Iterator[tuple[int, dict]]:
    """Rows of the deal register. SIPRI's export writes a line break inside some comments
    without quoting it; such a row arrives in two pieces, which are joined again."""
    width = len(DEAL_COLUMNS)
    pending: tuple[int, list[str]] | None = None
    for line, values in records:
        if pending is not None:
            start, first = pending
            pending = None
            if len(first) + len(values) - 1 == width:
                out.summary.notes.append(f"line {start}: a line break inside a field, rejoined")
                yield start, dict(zip(DEAL_COLUMNS, [*first[:-1], f"{first[-1]} {values[0]}", *values[1:]]))
                continue
            raise InputError(path, f"a SIPRI register row has {width} fields; this one has {len(first)}", start)
        if len(values) < width:
            pending = (line, values)
            continue
        if len(values) != width:
            raise InputError(path, f"a SIPRI register row has {width} fields; this one has {len(values)}", line)
        yield line, dict(zip(DEAL_COLUMNS, values))
    if pending is not None:
        raise InputError(path, f"a SIPRI register row has {width} fields; this one has {len(pending[1])}", pending[0])


def _delivery_deals(path: Path, header: list[str], records) -> Iterator[tuple[int, dict]]:
    """Rows of the delivery register, folded per deal (its rows are consecutive)."""
    deal: dict | None = None
    for line, values in records:
        values = [v.strip() for v in values]
        if values and values[-1].endswith(";"):
            values[-1] = values[-1][:-1]
        if len(values) != len(header):
            raise InputError(path, f"the header has {len(header)} fields; this row has {len(values)}", line)
        row = dict(zip(header, values))
        if deal is not None and row["sipri at database id"] and row["sipri at database id"] == deal["deal_id"]:
            _add_delivery(deal, row)
            continue
        if deal is not None:
            yield deal["line"], deal
        deal = {
            "line": line, "deal_id": row["sipri at database id"], "supplier": row["supplier"],
            "recipient": row["recipient"], "weapon": row.get("designation", ""),
            "weapon_description": row.get("description", ""), "armament_category": row.get("armament category", ""),
            "order_year": row.get("order date", ""), "order_year_uncertain": _flag(row.get("order date is estimate")),
            "status": row.get("status", ""), "tiv_per_unit": row.get("tiv deal unit", ""),
            "local_production": row.get("local production", ""),
            "number_delivered": 0, "delivery_years": [], "tiv_delivered": 0.0, "number_delivered_uncertain": "",
        }
        _add_delivery(deal, row)
    if deal is not None:
        yield deal["line"], deal


def _add_delivery(deal: dict, row: dict) -> None:
    number = _number(row.get("numbers delivered", ""))
    if number:
        deal["number_delivered"] += number
    year = files.year(row.get("delivery year", ""))
    if year:
        deal["delivery_years"].append(year)
    deal["tiv_delivered"] += _float(row.get("tiv delivery values", "")) or 0.0
    if _flag(row.get("numbers delivered is estimate")):
        deal["number_delivered_uncertain"] = "?"


def _flag(value) -> str:
    return "?" if str(value or "").strip().lower() in ("?", "yes") else ""


def _number(text: str) -> int | None:
    text = str(text).strip()
    return int(text) if text.isdigit() else None


def _float(text: str) -> float | None:
    try:
        return float(str(text).strip())
    except ValueError:
        return None


def is_generic(designation: str) -> bool:
    """Is a SIPRI designation a class of goods ("ship engine", "air refuel system") rather than a
    system's name ("Bayraktar TB2", "Mi-17", "Gepard")? SIPRI writes classes in lower case,
    without a model number.

    >>> is_generic("ship engine"), is_generic("aircraft engine"), is_generic("Bayraktar TB2"), is_generic("Mi-17")
    (True, True, False, False)
    """
    text = designation.strip()
    return bool(text) and text == text.lower() and not any(c.isdigit() for c in text)


class _Deals:
    """One deal (a row of the register, or the folded rows of one deal) at a time."""

    def __init__(self, out: Output, resolver: ActorResolver):
        self.out, self.resolver = out, resolver

    def party(self, name: str) -> Actor | None:
        if not name or name_key(name).startswith("unknown"):
            return None
        if name.endswith("**"):
            return self.resolver.by_name(name[:-2].strip(), "organization", create=True)
        if name.endswith("*"):
            full = name[:-1].strip()
            short = re.sub(r"\s*\([^()]*\)$", "", full) or full  # "Hezbollah (Lebanon)" -> "Hezbollah"
            found = self.resolver.by_name(short, "armed_group") or self.resolver.by_name(full, "armed_group")
            return (found or Actor.new(short, "armed_group")).with_aliases([full])
        return self.resolver.by_name(name, "state", create=True)

    def add(self, line: int, deal: dict) -> None:
        out = self.out
        out.row()
        deal = {key: files.clean(value) if isinstance(value, str) else value for key, value in deal.items()}
        supplier, recipient = self.party(deal["supplier"]), self.party(deal["recipient"])
        if supplier is None or recipient is None:
            out.skip("unknown supplier or recipient")
            return
        if supplier.id == recipient.id:
            out.skip("supplier and recipient are the same actor")
            return
        order_year = files.year(deal["order_year"])
        if order_year is None:
            out.skip("bad order year")
            return
        years = deal["delivery_years"]
        if isinstance(years, str):
            parsed = [files.year(y) for y in years.split(";") if y.strip()]
            if None in parsed:
                out.skip("bad delivery year")
                return
            years = parsed
        years = sorted(set(years))
        delivered = _number(str(deal["number_delivered"])) or 0
        modality = "asserted" if (years or delivered) else "planned"
        end = str(years[-1]) if years and years[-1] > order_year else ""
        evidence = self.render(deal, order_year, years)
        properties = self.properties(deal, line, years)
        if is_generic(deal.get("weapon", "")):  # "ship engine": a class of goods, not one system
            properties["weapon_class"] = properties.pop("weapon")
        self.claim(supplier, "ARMS_TRANSFER", recipient, order_year, end, modality, evidence, properties)
        self.licence(deal, supplier, recipient, order_year, end, evidence, line, modality)

    def licence(self, deal, supplier, recipient, order_year, end, evidence, line, delivered: str) -> None:
        """CO_PRODUCTION and MANUFACTURES, only where the row says the recipient makes it, with
        the modality of the deal's deliveries at best (``delivered``: an order with nothing
        delivered yet is planned, whatever the licence says)."""
        comments = deal.get("comments", "")
        modality = None
        match = _LICENCE.search(comments)
        if match:
            place = self.resolver.by_name(match["place"].strip(), "state")
            if place is not None and place.id == recipient.id:
                clause = comments[: match.end()].split(";")[-1]
                modality = "unconfirmed" if _HEDGE.search(clause) else "asserted"
        if str(deal.get("local_production", "")).strip().lower() == "yes":
            modality = "asserted"
        if modality is None or not deal.get("weapon"):
            return
        modality = load_ontology().weakest((modality, delivered))
        if match:
            evidence = f"{evidence}; {comments[: match.end()].split(';')[-1].strip()}"
        else:
            evidence = f"{evidence}; local production"
        generic = is_generic(deal["weapon"])
        properties = {"weapon_class" if generic else "weapon": deal["weapon"], "line": str(line)}
        if supplier.type in ("state", "company") and recipient.type in ("state", "company"):
            self.claim(supplier, "CO_PRODUCTION", recipient, order_year, end, modality, evidence, properties)
        if recipient.type in ("state", "company") and not generic:  # a class of goods is no weapon actor
            weapon = self.resolver.by_name(deal["weapon"], "weapon", create=True)
            self.claim(recipient, "MANUFACTURES", weapon, order_year, end, modality, evidence,
                       {**properties, "licensor": supplier.name})

    def claim(self, subject, predicate, object, year, end, modality, evidence, properties) -> None:
        self.out.add(Claim(subject=subject.id, predicate=predicate, object=object.id, source_id=self.out.source.id,
                           date=str(year), end_date=end, modality=modality, evidence=evidence, method=METHOD,
                           properties=properties), subject, object)

    @staticmethod
    def render(deal: dict, order_year: int, years: list[int]) -> str:
        """The row in a line: "SIPRI: Turkiye → Kyrgyzstan, 3 Bayraktar TB2 (armed UAV) ordered
        2021, delivered 2021-2022"."""
        delivered = _number(str(deal.get("number_delivered") or "")) or 0
        number = str(deal.get("number_ordered") or "") or (str(delivered) if delivered else "")
        what = " ".join(filter(None, [number, deal.get("weapon", "")]))
        if deal.get("weapon_description"):
            what += f" ({deal['weapon_description']})"
        ordered = f"ordered {order_year}{'?' if deal.get('order_year_uncertain') else ''}"
        if years:
            span = str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}"
            delivered = f"delivered {span}"
        else:
            delivered = "no deliveries recorded"
        deal_id = f" deal {deal['deal_id']}" if deal.get("deal_id") else ""
        return f"SIPRI{deal_id}: {deal['supplier']} → {deal['recipient']}, {what}, {ordered}, {delivered}"

    @staticmethod
    def properties(deal: dict, line: int, years: list[int]) -> dict[str, str]:
        keep = ("weapon", "weapon_description", "status", "number_ordered", "number_delivered", "deal_id",
                "armament_category", "tiv_per_unit", "tiv_total_order", "tiv_delivered", "comments")
        properties = {key: str(deal[key]) for key in keep if deal.get(key) not in (None, "")}
        if isinstance(deal.get("tiv_delivered"), float):
            properties["tiv_delivered"] = f"{deal['tiv_delivered']:g}"
        if years:
            properties["delivery_years"] = ", ".join(map(str, years))
        uncertain = [name for name, key in (("order year", "order_year_uncertain"), ("number ordered", "number_ordered_uncertain"),
                                            ("number delivered", "number_delivered_uncertain")) if deal.get(key)]
        if uncertain:
            properties["uncertain"] = ", ".join(uncertain)
        properties["line"] = str(line)
        return properties


FORMAT = Format("sipri", "SIPRI arms transfers trade register (deals, or deliveries per year)", matches, read)
