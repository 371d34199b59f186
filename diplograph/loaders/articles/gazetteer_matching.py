"""The gazetteer's surface forms in one spaCy ``PhraseMatcher``, and the people a surname or a name
of several words may stand for.

Patterns are made with ``nlp.tokenizer.pipe`` on the forms as written (an EntityRuler with this many
patterns slows the tokenizer badly) and matched on lower-cased tokens; a match is then checked for
case, so "us" is not the United States and "Nato" still is NATO.

The generated places (``world_places.yaml``, ``world_regions.yaml``: tens of thousands of towns and
provinces) are no patterns: as patterns they would treble the matcher's start-up time and memory.
A run of tokens is looked up instead, as written but for case, accents and spaces (which the tokens
of a name and of the text need not share), only from a token that begins some such name.
"""

from __future__ import annotations

import functools
import re

from diplograph.gazetteer import NAME_KINDS, PLACE, Entry, Gazetteer, generated_places
from diplograph.loaders.articles.mention import fold
from diplograph.names import name_key


_TOWN_TOKENS = 8  # tokens in the longest generated place looked up ("Mazār-e Sharīf" is five)
_FIRST_WORD = re.compile(r"[^\W_]+")


# States whose people the press names family name first ("Xi Jinping", "Kim Jong Un", "Hun Manet").
_FAMILY_NAME_FIRST = frozenset({"state:CHN", "state:KOR", "state:PRK", "state:TWN", "state:VNM", "state:KHM",
                                "state:SGP"})


class GazetteerMatcher:
    """All gazetteer surface forms in one PhraseMatcher; matches are checked for case."""

    def __init__(self, nlp, gazetteer: Gazetteer):
        from spacy.matcher import PhraseMatcher

        self.gazetteer = gazetteer
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.forms: dict[str, set[str]] = {}
        self.plurals: dict[str, str] = {}  # "F-16s", "Rafales": a weapon model counted in the plural
        generated = generated_places()
        self.towns: set[str] = set()
        self.town_heads: set[str] = set()  # the first word of each generated place, lower-cased
        self.lower_heads: set[str] = set()  # ... of those written in lower case ("al-Hasakah")
        for form, entry_id, kind in gazetteer.surface_forms():
            if kind == PLACE and name_key(form) in generated:
                self.towns.add(_town_key(form))
                head = _FIRST_WORD.match(fold(form).lower())
                if head is not None:
                    self.town_heads.add(head.group(0))
                    if form[:1].islower():
                        self.lower_heads.add(head.group(0))
                continue
            if len(form) >= 2:
                # "Akinci" finds "Akıncı", "Turkiye" finds "Türkiye", "Ta’ang" (typeset) finds "Ta'ang"
                variants = {form, fold(form), form.replace("'", "’"), fold(form).replace("'", "’")}
                last = form.split()[-1]  # a designation or a name ("F-16", "Rafale"), not "K2 tank"
                if gazetteer.get(entry_id).type == "weapon" and last[-1].isalnum() and last[-1] != "s" and \
                        (last[0].isupper() or any(c.isdigit() for c in last)):
                    self.plurals.update({v.lower() + "s": form for v in variants})
                    variants |= {v + "s" for v in variants}
                for variant in variants:
                    self.forms.setdefault(variant.lower(), set()).add(variant)
        # patterns are tokenised as written, not lower-cased: "U.S." is one token, "u.s." two
        written = sorted({variant for variants in self.forms.values() for variant in variants})
        self.matcher.add("GAZETTEER", list(nlp.tokenizer.pipe(written)))
        surnames: dict[str, list[Entry]] = {}
        # each person of several words: its surname keys and its folded names of several words
        self.people: list[tuple[Entry, frozenset[str], tuple[str, ...]]] = []
        self.people_by_word: dict[str, set[int]] = {}  # the first word of a name -> the people it may begin
        for entry in gazetteer:
            if entry.type == "person" and len(entry.name.split()) > 1:
                words = entry.name.split()
                # the family name comes first in Chinese, Korean, Vietnamese and Khmer names ("Xi Jinping")
                family = words[0] if entry.external_ids.get("affiliation") in _FAMILY_NAME_FIRST else words[-1]
                last = name_key(fold(family))
                keys = frozenset({last, re.sub(r"^(?:al|el|ad|as|ash|at|ar|an|az)-", "", last)})  # "el-Sisi" is "Sisi"
                for key in keys:
                    surnames.setdefault(key, []).append(entry)
                forms = tuple(fold(form).lower() for form in (entry.name, *entry.aliases) if len(form.split()) > 1)
                for form in forms:
                    self.people_by_word.setdefault(re.match(r"\W*(\w*)", form).group(1), set()).add(len(self.people))
                self.people.append((entry, keys, forms))
        # a surname alone names a known person when one person has it ("Putin", "Erdogan")
        self.surnames = {k: v[0] for k, v in surnames.items() if len(v) == 1}

    def __call__(self, doc) -> list[tuple[int, int, Entry, str]]:
        found = []
        for _key, start, end in self.matcher(doc):
            span = doc[start:end]
            text = span.text
            if not self._case_fits(text):
                continue
            hits = self.gazetteer.candidates(text, NAME_KINDS | {PLACE}) or \
                self.gazetteer.candidates(self.plurals.get(text.lower(), ""), NAME_KINDS)
            if hits:
                entry, kind = hits[0]
                found.append((start, end, entry, kind))
        return found + self._towns(doc)

    def _towns(self, doc) -> list[tuple[int, int, Entry, str]]:
        """The generated places in ``doc``: each run of tokens on one line that begins with the first
        word of one and whose name key is one."""
        found = []
        for token in doc:
            if not (token.text[:1].isupper() or token.lower_ in self.lower_heads):
                continue
            first = _FIRST_WORD.match(fold(token.text).lower())
            if first is None or first.group(0) not in self.town_heads:
                continue
            for end in range(token.i + 1, min(len(doc), token.i + _TOWN_TOKENS) + 1):
                span = doc[token.i:end]
                if "\n" in span.text:
                    break
                if _town_key(span.text) in self.towns and self._case_fits(span.text):
                    hits = self.gazetteer.candidates(span.text, NAME_KINDS | {PLACE})
                    if hits:
                        found.append((token.i, end, hits[0][0], hits[0][1]))
        return found

    def people_named(self, text: str) -> list[tuple[str, Entry]]:
        """(surname key, entry) of every gazetteer person whose full name or an alias of several words
        ``text`` holds: whom a surname written before the full name ("Takaichi and Lee vow ..." over an
        article that names Lee Jae-myung later) may stand for."""
        folded = fold(text).lower()
        found = []
        # only the people whose names begin with a word of the text: a pattern per person and text is costly
        candidates = set().union(*(self.people_by_word.get(w, ()) for w in set(re.findall(r"\w+", folded))))
        for index in sorted(candidates):
            entry, keys, forms = self.people[index]
            for form in forms:
                if form in folded and re.search(rf"(?<!\w){re.escape(form)}(?!\w)", folded):
                    found += [(key, entry) for key in keys]
                    break
        return found

    def _case_fits(self, text: str) -> bool:
        """Names are capitalised; acronyms must be upper case as written ("US", not "us"), or, of four letters
        or more, capitalised as British and African papers write them ("Nato", "Ecowas", "Sadc")."""
        if not any(c.isupper() for c in text):
            return False
        forms = self.forms.get(text.lower(), ())
        if forms and all(f.isupper() and len(f) <= 6 for f in forms):
            return text.isupper() or title_cased_acronym(text)
        return True


def _town_key(text: str) -> str:
    return "".join(fold(text).lower().replace("’", "'").split())


def title_cased_acronym(text: str) -> bool:
    """An acronym of four letters or more written as a name ("Nato", "Amisom")."""
    return len(text) >= 4 and text.isalpha() and text[:1].isupper() and text[1:].islower()


@functools.cache
def gazetteer_matcher(nlp, gazetteer: Gazetteer) -> GazetteerMatcher:
    """One matcher per (pipeline, gazetteer), built on first use."""
    return GazetteerMatcher(nlp, gazetteer)

