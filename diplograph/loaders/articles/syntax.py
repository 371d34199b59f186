"""Constants and small helpers over spaCy's dependency tree that the constructions share."""

from __future__ import annotations

import functools

from diplograph.loaders.articles.lexicon import ArgPattern, Trigger

# A token's voice and conjuncts are asked for again and again while its sentence is read: they are kept
# for the tokens of the document being read, a function of its parse alone once the tree repairs are done
# (ArticleExtractor.extract forgets them before reading a document).
PARSE_CACHE = 4096


def forget_parses() -> None:
    is_passive.cache_clear()
    _conjuncts.cache_clear()


SUBJ = ("nsubj", "nsubjpass", "csubj")
WEAPON_CONTEXT = 400  # characters: "the sale" right after a sentence about drones is a sale of drones
RELATIVE = frozenset({"which", "who", "whom", "that", "whose"})
DASHES = frozenset({"–", "—", "-", ":", "--"})
HAVING = frozenset({"have", "include", "count", "own", "become", "remain"})  # "X has firms making drones"
QUANTIFIERS = frozenset({"some", "several", "many", "most", "few", "all", "both", "each", "none", "one",
                          "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "majority",
                          "number", "half", "dozens", "handful"})
PERCEIVE = frozenset({"see", "consider", "regard", "view", "perceive", "deem", "describe", "call", "label",
                       "brand", "portray", "treat", "identify", "count"})
# Word classes of the lexicon that name what a trigger acts on, most specific first.
THEME_CLASSES = ("wrongdoing", "agreement", "meeting", "exercise", "factory", "base", "border", "backing", "office",
                  "investment", "aid", "dispute", "relations", "envoy", "measures", "territory", "gunfire",
                  "assault", "supply", "premises", "charges", "threats", "trainees", "closable",
                  "access", "praised", "reflexive", "military_activity", "embassy", "candidacy", "funds", "blame", "goods", "joint_work", "assault_means", "ground", "debts",
                  "sovereign_space", "joint_texts", "detainees", "acknowledged", "captives", "asked_for", "proposals", "rights",
                  "remonstrances", "victims", "warships", "binding", "sovereignty", "correspondence", "joint_venture",
                  "posts", "permits", "holdings", "conferred", "commodities", "offered", "displaced")
# Words of a state's formal name that "the kingdom", "the emirate" use to point back to it.
STATE_STYLES = frozenset({"kingdom", "emirate", "sultanate", "principality"})
# How far back (characters) "the deal ... the two sides" may point to the parties of the last deal told.
DEAL_REACH = 1500
LINKED = frozenset({"link", "tie", "affiliate", "ally", "connect", "loyal"})
OBJECT_CONTROL = frozenset({"see", "watch", "hear", "make", "let", "help", "have", "witness"})
SPEECH = frozenset({"say", "argue", "claim", "accuse", "allege", "state", "report", "find", "conclude", "charge",
                     "document", "insist", "assert", "contend", "write", "tell", "declare", "point", "note",
                     "notify", "inform", "complain", "maintain", "stress"})
CLAUSAL = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis"})
# Predicates whose object may be the parties of a deal named only as "the deal": opposing an
# agreement opposes its parties, brokering one mediates between them.
TOWARD_DEAL_PARTIES = frozenset({"CRITICISM", "REJECTION", "PROTEST", "MEDIATION"})



def speaking_verb(token, verbs):
    """The verb of saying or stating (one of ``verbs``) whose complement holds ``token``."""
    for node in token.ancestors:
        if node.pos_ == "VERB" and node.lemma_.lower() in verbs:
            return node
    return None


def coordinated_verbs(verb) -> list:
    """The verbs coordinated with ``verb`` that come after it ("sent X, and flew Y to Z")."""
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]


def definite(noun) -> bool:
    """"the attack", "this strike": a noun that points back to one told before (also a compound the
    parser made of it: "called the strikes murder" read as one noun "strikes murder")."""
    holders = [noun, noun.head] if noun.dep_ == "compound" and noun.head.i == noun.i + 1 else [noun]
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
               for holder in holders for c in holder.children)


def theme_keys(trigger: Trigger) -> set[str]:
    """The theme classes a trigger that needs a theme accepts (weapons, for a plain list)."""
    return (set(trigger.predicates) - {"default", "*"}) or {"weapon"}


def conjuncts(token) -> list:
    """Tokens coordinated with ``token`` ("A, B and C", "A as well as B"), not counting verbs
    nor the first name of a gapped clause (see :func:`gapped_objects`)."""
    return list(_conjuncts(token))


@functools.lru_cache(maxsize=PARSE_CACHE)
def _conjuncts(token) -> tuple:
    if token.pos_ in ("VERB", "AUX"):
        return ()
    gapped = set(gapped_objects(token.head)) if token.dep_ == "dobj" else set()
    return tuple(t for t in (*token.conjuncts, *_as_well_as(token))
                 if t.pos_ not in ("VERB", "AUX") and t not in gapped and not set_apart(t))


def _as_well_as(token) -> tuple:
    """The names after "as well as" that the parser hangs as the object of its last "as", itself a
    coordinator of ``token`` ("sold drones to Ukraine *as well as Poland*"), with their own conjuncts."""
    return tuple(t for c in token.children if c.dep_ == "cc" and c.lower_ == "as" and c.pos_ == "ADP"
                 and any(w.lower_ == "well" for w in c.children)
                 for p in c.children if p.dep_ == "pobj" and p.pos_ in ("PROPN", "NOUN")
                 for t in (p, *p.conjuncts))


def set_apart(token) -> bool:
    """Is ``token`` named only to be denied its part: "Qatar, and not Egypt, brokered", "Russia, not
    Azerbaijan, hosted the talks"?"""
    return any(c.dep_ == "neg" for c in token.children) or (
        token.i > 0 and token.doc[token.i - 1].lower_ in ("not", "never") and token.doc[token.i - 1].dep_ == "neg")


def gapped_objects(verb) -> list:
    """"accused Eritrea of arming the rebels and *Djibouti* of letting the weapons through": the
    parser hangs the second accused on the first charge's object and its charge on the first
    charge; a name so coordinated, with an of- or for-phrase of that charge after it, is the object
    of the verb the first charge depends on."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in ("of", "for"):
        return []
    found = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for conj in (c for c in obj.children if c.dep_ == "conj" and c.pos_ == "PROPN"):
            if any(c.dep_ == "prep" and c.lower_ == verb.head.lower_ and c.i > conj.i for c in verb.children):
                found.append(conj)
    return found


def between_owner(noun):
    """The noun whose between-phrase ``noun`` ends: "ceasefire" for "groups" in "a ceasefire between
    the army and the three groups, which C brokered" (the clause hangs on the nearest noun)."""
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("between", "among") and noun.head.head != noun.head:
        return noun.head.head
    return None


def is_acting(token) -> bool:
    """Is ``token`` (or the phrase it is coordinated into) the subject of its clause?"""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass", "csubj", "agent") or (
        token.dep_ == "pobj" and token.head.dep_ == "agent")


def is_passive_participle(verb) -> bool:
    """"arms *delivered* by Russia": a past participle modifying a noun."""
    return verb.tag_ == "VBN" or any(c.dep_ == "agent" for c in verb.children)


def clauses_spoken_of(person) -> list[set[int]]:
    """Token positions of the clauses the person's own verb says or foretells ("President X warned
    *that Ankara would pay*"): a state named there is what the person speaks of, not whom they serve."""
    verb = person.head if person.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None:
        return []
    return [{t.i for t in c.subtree} for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl")]


def coordinated_sibling(noun):
    """The phrase ``noun`` is coordinated with: "Laos" for "envoy" in "Laos and its envoy" and in
    "the efforts of Laos and of its envoy"; None when it stands alone."""
    if noun.dep_ == "conj" and noun.head != noun:
        return noun.head
    prep = noun.head
    coordinated = prep.dep_ == "conj" or (prep.dep_ == "prep" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "and")
    if noun.dep_ != "pobj" or not coordinated:
        return None
    if prep.dep_ == "conj" and prep.head.dep_ == "prep":
        return prep_object(prep.head)
    # "welcome the efforts of Laos ... and of its envoy", with the second "of" hung on the verb
    earlier = [t for t in prep.head.subtree if t.dep_ == "prep" and t.lower_ == prep.lower_ and t.i < prep.i]
    return prep_object(earlier[-1]) if earlier else None


def within_clause(phrase) -> list:
    """The words of a noun phrase, not descending into a clause that hangs on it, nor into a
    verb coordinated with it ("cut ties with X and established them with Y": Y is the second act's)."""
    words, stack = [], [phrase]
    while stack:
        node = stack.pop()
        words.append(node)
        # (nor into an absolute "with" clause with its own subject: "struck a village, with thousands fleeing into
        # Thailand" strikes no Thai place)
        stack.extend(c for c in node.children if c.dep_ not in CLAUSAL
                     and not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
                     and not (c.dep_ == "pcomp" and c.pos_ == "VERB" and any(g.dep_ == "nsubj" for g in c.children)))
    return words


def prep_object(prep):
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def prep_objects(prep) -> list:
    pobj = [c for c in prep.children if c.dep_ == "pobj"]
    if not pobj and prep.dep_ == "dative" and prep.pos_ != "ADP":
        return [prep]
    if not pobj and prep.lower_ == "with":  # "with troops from X taking part": the clause's subject
        pobj = [s for c in prep.children if c.dep_ == "pcomp" for s in c.children if s.dep_ == "nsubj"]
    return pobj


@functools.lru_cache(maxsize=PARSE_CACHE)
def is_passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and any(c.dep_ == "agent" for c in verb.children)) or (
        verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.dep_ in ("acl", "amod", "relcl")
        and any(c.dep_ == "agent" for c in verb.children)) or \
        fronted_participle(verb)  # (the conj: "which is hosted, armed and *financed* by Algeria")


def reduced_passive(verb) -> bool:
    """"Baykar, *based* in Istanbul", "a drone maker *headquartered* in Ankara": a past participle right
    after the noun it is said of, with no by-phrase, is a passive whose subject is that noun (not a relative
    clause with a subject of its own the parser hung the same way: "a law that Chile condemned"); also one joined to
    such a participle ("Hezbollah, created in 1982 and *linked* to Iran")."""
    if verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.tag_ == "VBN" and verb.head.dep_ == "acl" and \
            not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in verb.children):
        verb = verb.head
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and \
        verb.i > verb.head.i and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in verb.children)


def fronted_participle(verb) -> bool:
    """"*Headquartered* in Istanbul, the company ...", "*Backed* by Iran, the Houthis ...": a past
    participle opening its sentence, said of the main clause's subject."""
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "prep") and verb.i < verb.head.i and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children)


def reported_clauses(verb) -> list:
    """``verb`` and the clauses a reporting aside ties it to, which a phrase on one may belong to:
    "A and B agreed, officials said, in an accord ..." hangs "in an accord" on either verb."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    clauses = [verb, *(c for c in verb.children if c.dep_ in ("ccomp", "parataxis"))]
    node = verb
    while node.dep_ in ("parataxis", "ccomp", "advcl") and node.head != node:
        node = node.head
        clauses.append(node)
    return clauses


def in_possessor(token) -> bool:
    """Is ``token`` part of a possessor ("*Ukraine's* counterpart", "the counterpart *of Iran*")?"""
    node = token
    while node.head != node:
        if node.dep_ == "poss" or (node.dep_ == "pobj" and node.head.lower_ == "of"):
            return True
        node = node.head
    return False


def antecedent_of(relative):
    """The noun a relative pronoun stands for: "Turkey, *which* supplies ..." -> Turkey,
    "the country *to which* ..." -> country. Other wh-words ("hindered to whom it sells") stand
    for nothing."""
    clause = relative.head
    if relative.lower_ == "whose" and clause.head != clause:
        clause = clause.head  # "the League, whose ministers backed ...": the clause of "whose ministers"
    if clause.dep_ == "prep" and clause.head != clause:
        clause = clause.head
    if clause.dep_ == "pcomp" and clause.head.dep_ == "prep" and clause.head.head.dep_ == "relcl" and \
            relative.i < clause.head.head.i:
        clause = clause.head.head  # "the M23, which Kinshasa accuses Kigali of backing": the relative opens "accuses"
    if clause.dep_ == "ccomp" and clause.head.dep_ == "relcl" and relative.i < clause.head.i:
        clause = clause.head  # "the PKK, which Ankara says has settled in Sweden": the relative opens "says"
    while clause.dep_ == "conj" and relative.i < clause.i and clause.head.i < relative.i:
        clause = clause.head  # "the islands, which lie near Taiwan and *which* Beijing claims": one antecedent
    if clause.dep_ == "relcl":
        return clause.head
    return None


def by_agents(verb) -> list:
    """The names of a passive verb's by-phrase ("kidnapped *by Hamas*")."""
    return [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]


def governing_clauses(token):
    """The verbs of the pronoun's clause and of the clauses above it, nearest first."""
    node = token.head
    seen = 0
    while seen < 6:
        if node.pos_ in ("VERB", "AUX"):
            yield node
        if node.head == node:
            return
        node = node.head
        seen += 1


def speech_verb(verb, also=frozenset()):
    """The verb of saying whose complement ``verb`` is: "HRW *argues* that both sides committed"
    (or one of ``also``: a verdict, "the court *ruled* that X violated")."""
    node = verb
    for _ in range(4):
        if node.head == node:
            return None
        if node is not verb and node.pos_ == "VERB" and node.lemma_.lower() in SPEECH | also and \
                any(c.dep_ == "nsubj" for c in node.children):
            # "X said ..., and rights groups have said the scheme risks violating rights": the nearer speaker's
            # verb, with a subject of its own, however the parser hung the words it says
            return node
        if node.dep_ in ("ccomp", "xcomp", "pcomp") and node.head.lemma_.lower() in SPEECH | also:
            return node.head
        node = node.head
    return None


def perception(noun):
    """The verb of "X sees/considers Y *as* NOUN", when ``noun`` is that NOUN."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return None
    node = noun.head.head
    for _ in range(2):
        if node.lemma_.lower() in PERCEIVE and node.pos_ in ("VERB", "AUX"):
            return node
        if node.dep_ not in ("dobj", "nsubjpass", "pobj", "prep") or node.head == node:
            return None
        node = node.head
    return None


def governing_verb(noun):
    node = noun.head
    for _ in range(5):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head == node:
            return None
        node = node.head
    return None


def expletive(token) -> bool:
    head = token.head
    return head.lemma_ == "be" and any(c.dep_ in ("ccomp", "xcomp", "acomp", "attr") for c in head.children) or \
        any(c.dep_ in ("ccomp",) for c in head.children) and is_passive(head)


def pattern_label(pattern: ArgPattern) -> str:
    return f"pair({pattern.pair})" if pattern.pair else f"{pattern.subject}>{pattern.object}"


def concluded(verb) -> bool:
    """Is the verb told as done ("negotiated", "was negotiated"), not going on ("is negotiating", "is being
    negotiated", "negotiates")?"""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and not any(c.lower_ == "being" for c in verb.children)


def backed_in(token, verbs):
    """The object of a backing verb whose in-phrase holds the pronoun ("supported Putin in *his* invasion")."""
    prep = token.head.head if token.head.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "in" or prep.head.lemma_.lower() not in verbs:
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)


def counted_by(noun, counters) -> tuple:
    """The volley noun a noun is counted by ("a series *of airstrikes* against X": the series' phrases are
    the strikes', however the parser hangs them)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in counters:
        return (noun.head.head,)
    return ()


def wh_clause(verb, question_words) -> bool:
    """Does a question word (lexicon `question_words`) open the clause of ``verb`` ("told the government *how far* it
    can go", "asked them *where* to go")? Such a clause says what is asked or told about, not what someone is told
    to do (not "that": "told X that Y should leave" still presses)."""
    return any(t.lower_ in question_words for t in verb.subtree if t.i < verb.i)
