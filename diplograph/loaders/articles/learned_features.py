"""What the learned relation reader (``learned.py``) sees of two actors named in one sentence.

The features describe how the sentence joins the two names, never which actors they are, so that a
model trained on a few hundred sentences carries over to other actors and regions: the dependency
path between the two names (its labels, the lemmas on it, the word where the two branches meet),
what the extraction lexicon knows of the path's words (a verb or noun the rules read as a trigger
of some predicate, a noun of a class such as "weapon" or "agreement"), the actors' types, their
order and distance, the negation and modality cues of the clause, and whether the rules already
related the two actors (or either of them to someone else) in that sentence.

>>> from diplograph.loaders.articles.nlp import load_pipeline
>>> from diplograph.loaders.articles.lexicon import load_lexicon
>>> doc = load_pipeline()("Ruritania sold tanks to Freedonia.")
>>> feats = pair_features(doc[:], doc[0], "state", doc[4], "state", load_lexicon())
>>> "lca=sell" in feats and "path=nsubj^|prep_to|pobj" in feats
True
"""

from __future__ import annotations

from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.modality import modality_of


def _lexicon_predicates(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Each trigger lemma of the lexicon -> the predicates its triggers may give."""
    index: dict[str, set[str]] = {}
    for trigger in (*lexicon.verb_triggers, *lexicon.noun_triggers):
        given = {p for ps in trigger.predicates.values() for p in ps}
        for lemma in trigger.lemmas:
            index.setdefault(lemma, set()).update(given | set(trigger.lemma_predicate.get(lemma, ())))
    return {lemma: frozenset(ps) for lemma, ps in index.items()}


def _noun_classes(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    return lexicon.holders(tuple(sorted(lexicon.noun_class)))


def _ancestors(token) -> list:
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 40:
        chain.append(chain[-1].head)
    return chain


def _distance(n: int) -> str:
    return "0" if n <= 0 else "1-2" if n <= 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11-20" if n <= 20 else "20+"


def dependency_path(first, second) -> tuple[list, object, list]:
    """The tokens from ``first`` up to the word where the two branches meet, that word, and the
    tokens from there down to ``second`` (each list without the meeting word)."""
    up, down = _ancestors(first), _ancestors(second)
    above_second = {t.i: n for n, t in enumerate(down)}
    for n, token in enumerate(up):
        if token.i in above_second:
            return up[:n], token, list(reversed(down[:above_second[token.i]]))
    return up, None, list(reversed(down))


def pair_features(sent, first, first_type: str, second, second_type: str, lexicon: Lexicon,
                  rules: str = "none", busy: tuple[bool, bool] = (False, False)) -> list[str]:
    """The features of the ordered pair (``first``, ``second``): the head tokens of two names in
    ``sent``, the first to be the relation's subject. ``rules``: "same" when the rules related
    them in this sentence, "reverse" when they related them the other way, else "none"; ``busy``:
    whether the rules related each of them to someone else in the sentence."""
    predicates = lexicon.made_once(_lexicon_predicates)
    classes = lexicon.made_once(_noun_classes)
    up, meet, down = dependency_path(first, second)
    types = f"{first_type}>{second_type}"
    features = ["bias", f"types={types}", f"order={'fwd' if first.i < second.i else 'rev'}",
                f"dist={_distance(abs(second.i - first.i) - 1)}", f"rules={rules}",
                f"busy={int(busy[0])}{int(busy[1])}", f"dep1={first.dep_}", f"dep2={second.dep_}",
                f"deps={first.dep_}|{second.dep_}"]
    shape = "|".join([t.dep_ + "^" for t in up] + [t.dep_ + ("_" + t.lower_ if t.pos_ == "ADP" else "")
                                                   for t in down])
    features.append(f"path={shape}")
    features.append(f"pathlen={min(len(up) + len(down), 8)}")
    meeting = []
    if meet is not None and meet.i not in (first.i, second.i):
        lemma = meet.lemma_.lower()
        meeting = sorted(predicates.get(lemma, ()))
        features += [f"lca={lemma}", f"lcapos={meet.pos_}", f"lcapos|deps={meet.pos_}|{first.dep_}|{second.dep_}"]
        features += [f"lcalex={p}" for p in meeting] + [f"lcalex|types={p}|{types}" for p in meeting]
        features += [f"lcalex|path={p}|{shape}" for p in meeting]
        features.append(f"mod={modality_of(meet, lexicon)}")
        if any(c.dep_ == "neg" for c in meet.children):
            features.append("neg")
    inner = [t for t in up[1:] + down[:-1]]
    for token in inner:
        lemma = token.lemma_.lower()
        features.append(f"pw={lemma}")
        if token.pos_ == "ADP":
            features += [f"prep={lemma}"] + [f"prep|lcalex={lemma}|{p}" for p in meeting]
        for predicate in predicates.get(lemma, ()):
            features += [f"plex={predicate}", f"plex|types={predicate}|{types}"]
        for name in classes.get(lemma, ()):
            features.append(f"pcls={name}")
        if any(c.dep_ == "neg" for c in token.children):
            features.append("neg")
    low, high = sorted((first.i, second.i))
    for token in sent.doc[low + 1:high]:
        if token.pos_ in ("VERB", "NOUN"):
            for predicate in predicates.get(token.lemma_.lower(), ()):
                features.append(f"blex={predicate}")
    return list(dict.fromkeys(features))
