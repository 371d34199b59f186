"""What a verb acts on (its themes) and the classes of those things (weapon, agreement, aid ...)."""

from __future__ import annotations

from diplograph.gazetteer import PLACE
from diplograph.graph.weapons import load_weapons
from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import (
    RELATIVE,
    SUBJ,
    THEME_CLASSES,
    WEAPON_CONTEXT,
    antecedent_of,
    conjuncts,
    is_passive,
    prep_objects,
)

_NONE: frozenset[str] = frozenset()


def model_named(noun) -> bool:
    """Does a proper name qualifying ``noun`` name a weapon model of the weapon categories
    ("12 *Super Tucano* aircraft", "*Type 054A* vessels")?"""
    names = " ".join(t.text for c in noun.children if c.dep_ in ("compound", "nmod") and c.pos_ in ("PROPN", "NUM")
                     for t in c.subtree)
    if not names:
        return False
    text = " ".join(names.lower().split())
    return any(c.models is not None and c.models.search(text) for c in load_weapons().categories.values())


class Themes:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _themes(self, verb) -> list:
        """What the verb acts on: its object (subject when passive), or the object of a preposition
        for verbs used with one ("switch to Iranian drones", "continue with Chinese drones")."""
        if verb.i not in self.verb_themes:  # asked of the same verb by each of its triggers
            self.verb_themes[verb.i] = self._themes_of(verb)
        return list(self.verb_themes[verb.i])

    def _themes_of(self, verb) -> list:
        themes = [c for c in verb.children if c.dep_ == ("nsubjpass" if is_passive(verb) else "dobj")]
        if not themes and verb.dep_ in ("xcomp", "advcl", "oprd", "ccomp") and verb.i > verb.head.i and \
                verb.head.lemma_.lower() in self.lex.noun_class["keeping"] and \
                not any(c.dep_ in SUBJ for c in verb.children):
            # "kept its border with Benin shut", "left the crossings closed": what is kept so is acted on
            themes = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
        if not themes:  # "signed what Washington calls the Washington Accords": the name the clause gives it
            themes = named_by_what(verb)
        if not themes and verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.head.i < verb.i and \
                any(c.dep_ == "agent" for c in verb.children):  # "welcomed the Treaty ..., signed by A and B"
            themes = [c for c in verb.head.children if c.dep_ == "dobj" and self.theme_classes([c])]
        if not themes and verb.dep_ == "conj" and verb.tag_ == "VBN" and is_passive(verb.head) and \
                not any(c.dep_ in SUBJ for c in verb.children):  # "was brokered by Qatar and signed by A and B"
            themes = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        if verb.dep_ == "conj" and verb.head.dep_ in ("acl", "amod") and verb.head.head.pos_ in ("NOUN", "PROPN"):
            themes.append(verb.head.head)  # "weapons made in Iran and *shipped* to the Houthis"
        # ("Pakistani drones using air defences": an active participle with its own object acts, the noun is its doer)
        if verb.dep_ in ("acl", "amod") and verb.head.pos_ in ("NOUN", "PROPN") and \
                not (verb.tag_ == "VBG" and any(c.dep_ == "dobj" for c in verb.children)):
            themes.append(verb.head)  # "Turkish drones supplied to Azerbaijan"
            if verb.head.dep_ == "appos" and verb.head.head.pos_ in ("NOUN", "PROPN"):
                themes.append(verb.head.head)  # "48 KAAN jets, a design developed by TUSAS": the jets are
            before = self.doc[verb.i - 1] if verb.i > self.sent.start else None
            if before is not None and before.i != verb.head.i and before.pos_ == "NOUN":
                themes.append(before)  # "... and Iranian drones supplied to Armenia", however attached
            node = verb.head  # "exports Anka drones for various purposes, produced by ...": the weapon further up
            for _ in range(3):
                if node.dep_ != "pobj" or node.head.dep_ != "prep":
                    break
                node = node.head.head
                if node.pos_ in ("VERB", "AUX"):
                    themes += [c for c in node.children if c.dep_ == "dobj"]
                    break
                themes.append(node)
        if not themes and verb.dep_ == "relcl" and verb.head != verb and \
                any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in verb.children):
            themes.append(verb.head)  # "the bases Wagner once held in Mali": the noun is what it holds
        if not themes:
            # ("vowed to retaliate for the strike", "would respond to any attack on X": what a response answers is
            # the other's deed, not the blow it strikes)
            answered = ("to", "for") if verb.lemma_.lower() in self.lex.noun_class["answering"] else ()
            for child in verb.children:
                if child.dep_ == "prep" and child.lower_ in answered:  # (its with-phrase, however hung, strikes:
                    # "responded to the attack with air strikes on Gaza")
                    themes += [p for deed in prep_objects(child) for c in deed.children
                               if c.dep_ == "prep" and c.lower_ == "with" for p in prep_objects(c)]
                elif child.dep_ == "prep" and child.lower_ in ("to", "with", "on", "onto", "for", "in", "of", "into",
                                                               "through"):
                    themes += prep_objects(child)
        else:  # "supplying Belarus *with missiles*": the with-phrase is what is given
            themes += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in prep_objects(c)
                       if self.mention(p) is None]
        expanded = []
        for t in themes:
            # "millions of shells", "$40 million in aid", "shut all eight of its crossings": a count names no thing
            if t.lemma_.lower() in self.lex.noun_class["quantity"] or t.tag_ == "CD" and t.dep_ == "dobj":
                expanded += [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "worth")
                             for p in prep_objects(c)]
            expanded.append(t)
            expanded += conjuncts(t)
        return expanded

    def theme_classes(self, nouns) -> list[str]:
        """Classes of the things acted on, most specific first: weapon, technology, agreement, ..."""
        classes: list[str] = []
        for noun in nouns:
            if noun.i not in self.noun_classes:  # asked of the same nouns by many triggers of a sentence
                self.noun_classes[noun.i] = self._classes_of(noun)
            classes += self.noun_classes[noun.i]
        return list(dict.fromkeys(classes))

    def _classes_of(self, noun) -> list[str]:
        """The classes of one thing acted on (see :meth:`theme_classes`)."""
        classes: list[str] = []
        nc = self.lex.noun_class
        if noun.lower_ in RELATIVE and noun.tag_ in ("WDT", "WP", "IN"):  # "the declaration that they signed"
            noun = antecedent_of(noun) or noun
        verb = noun.head
        if noun.lower_ in ("them", "it") and noun.dep_ == "dobj" and verb.dep_ == "conj":
            # "cut ties with Taipei and established them with Beijing": them are the ties
            shared = [c for c in verb.head.children if c.dep_ == "dobj" and c.lower_ not in ("them", "it")]
            return self.theme_classes(shared)
        if noun.lower_ in ("them", "it") and (weapons := self._weapons_meant(noun)[1]):
            return list(weapons)  # "intercepted some of them": the missiles told before
        lemma = noun.lemma_.lower()
        words = {lemma} | {t.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")
                           for t in c.subtree}  # "military transport planes": the qualifier's qualifier too
        m = self.mention(noun)
        weapon_mention = (m is not None and m.type == "weapon") or any(
            (mc := self.mention(c)) is not None and mc.type == "weapon" for c in noun.subtree)
        if lemma in nc["technology"] and lemma not in nc["weapon"]:
            classes.append("technology")
        people = lemma in self.lex.classes("combatants", "base") and not weapon_mention and any(
            (mc := self.mention(c)) is not None and mc.type == "armed_group" for c in noun.children
            if c.dep_ in ("compound", "amod", "nmod", "poss"))  # "Wagner fighters" are people, not jets
        if people:
            pass
        elif weapon_mention or (lemma in nc["weapon"] and lemma not in nc["weapon_weak"]) or (
                lemma in nc["weapon_weak"] and (words & self.lex.classes("military", "weapon") - {lemma} or
                                                model_named(noun))):
            classes.append("weapon")
        # (as written too: spaCy makes "bases" a "basis"; and a name's plural is left as written: "the
        # Washington Accords")
        if lemma not in nc["base"] and any(c.dep_ == "compound" and c.lemma_.lower() in nc["base_qualifiers"]
                                           for c in noun.children):
            classes.append("base")  # "two sovereign base areas", "base facilities": a base by its qualifier
        singular = lemma[:-1] if noun.pos_ == "PROPN" and lemma.endswith("s") else lemma
        # "patrol boats", "aircraft carrier": a class word of two, the qualifier right before the noun
        pair = f"{noun.doc[noun.i - 1].lower_} {lemma}" if noun.i > 0 and noun.doc[noun.i - 1].dep_ == "compound" \
            else ""
        holders = self.lex.holders(THEME_CLASSES)
        held = holders.get(lemma, _NONE) | holders.get(noun.lower_, _NONE) | holders.get(singular, _NONE) | \
            holders.get(pair, _NONE)
        classes += [name for name in THEME_CLASSES if name in held]
        if "factory" in classes and lemma in nc["installation_nouns"] and words & nc["installation_qualifiers"]:
            # "built a naval facility in X": no plant
            classes = [c for c in classes if c != "factory"] + ([] if "base" in classes else ["base"])
        if lemma in nc["technology"] and "technology" not in classes:
            classes.append("technology")
        if lemma in nc["bundles"] and any(c.dep_ == "compound" and c.lemma_.lower() in nc["measures"] or
                                          c.dep_ == "prep" and c.lower_ == "of" and
                                          any(p.lemma_.lower() in nc["measures"] for p in prep_objects(c))
                                          for c in noun.children):
            classes.insert(0, "measures")  # "the EU's sanctions package", "a new round of tariffs"
        if lemma in nc["backing"] and words & nc["aid_qualifiers"]:
            classes.insert(0, "aid")  # "$4.5 billion in financial support", "budget support": money given
        if lemma in nc["supply"] and "weapon" not in classes and "weapon" in self.theme_classes(
                [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in prep_objects(c)]):
            classes.append("weapon")  # "a contract for the supply of 200 armoured vehicles": what is handed over
        if (lemma in nc["bundles"] or "aid" in classes) and "weapon" not in classes and \
                "weapon" in self.theme_classes(self._included(noun)):
            classes.insert(0, "weapon")  # "a package of military aid to Kyiv, including air defence missiles"
        if lemma in nc["bundles"] and "weapon" not in classes and not words & self.lex.classes("military", "weapon") \
                and self._sum_of_money(noun):
            classes.insert(0, "funds")  # "a support package of 250 million euros", "a package worth $2 billion"
        if lemma in nc["relief_teams"] and words & nc["relief_kinds"]:
            classes.insert(0, "aid")  # "dispatched search-and-rescue teams to Morocco": help sent
        if lemma in nc["plants"] and "weapon" not in classes and not self._sentence_has_weapons():
            classes.insert(0, "investment")  # "a car plant in Hungary": a plant of no weapons is capital put in
        if noun.pos_ == "PROPN" and not classes:  # "Camp Lemonnier, the main American base": what it is
            classes += self.theme_classes([c for c in noun.children if c.dep_ == "appos" and c.pos_ == "NOUN"])
        if noun.pos_ == "PROPN" and not classes and m is None and noun.ent_type_ in ("LOC", "GPE", "FAC"):
            classes.append("territory")  # "both claim the Halaib Triangle", "claims Kashmir": a place no actor names
        return classes

    def _included(self, noun) -> list:
        """What an including-phrase lists on ``noun`` or on the bundle it is the of-phrase of ("a package of
        military aid to Kyiv, including missiles")."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in self.lex.noun_class["bundles"]:
            noun = noun.head.head
        return [p for t in noun.subtree if t.dep_ == "prep" and t.lower_ == "including" for p in prep_objects(t)]

    def _sum_of_money(self, noun) -> bool:
        """Does a sum of money qualify ``noun`` ("of 250 million euros", "worth $2 billion", "a 250-million-euro
        ...")? A number and a money word (lexicon `funds`) it counts, or a currency sign."""
        parts = [t for c in noun.children if c.dep_ in ("compound", "nmod", "amod", "nummod", "quantmod") or
                 c.dep_ == "prep" and c.lower_ in ("of", "worth") for t in c.subtree]
        counted = any(t.like_num for t in parts)
        return any(t.tag_ == "$" for t in parts) or counted and any(
            t.lemma_.lower() in self.lex.noun_class["funds"] and not t.like_num for t in parts)

    def _sentence_has_weapons(self) -> bool:
        """Weapons are the topic here: this sentence or one just before names some."""
        if self._weapon_words is None:
            nc = self.lex.noun_class
            self._weapon_words = any(
                t.lemma_.lower() in nc["weapon"] and t.lemma_.lower() not in nc["weapon_weak"] or
                (m := self.mention(t)) is not None and m.type == "weapon" for t in self.tokens)
            if self._weapon_words:
                self.ctx.weapons_at = self.offset + self.sent.end_char
        return self._weapon_words or 0 <= self.offset + self.sent.start_char - self.ctx.weapons_at <= WEAPON_CONTEXT

    def origin(self, themes, exclude=()) -> list[Arg]:
        found = []
        for noun in themes:
            if "embassy" in (classes := set(self.theme_classes([noun]))):  # "the Chinese consulate", not "its embassy in X"
                found += [a for a in self._modifier_actors(noun, types=("state",)) if a.actor.id not in exclude]
            elif classes & {"weapon", "technology", "base", "envoy", "funds", "goods", "aid", "commodities"}:  # whose drones, oil
                owners = self.actors(noun, "origin", exclude, coordinated=False)  # themes are expanded already
                if "base" in classes:  # "Al Udeid Air Base": a base named after its place is not that state's
                    owners = [a for a in owners if (m := self.by_token.get(a.key)) is None or m.kind != PLACE]
                    # "Al Udeid Air Base, the largest American installation": whose base its apposition says
                    owners = owners or [a for c in noun.children if c.dep_ == "appos"
                                        for a in self.actors(c, "origin", exclude, coordinated=False)]
                found += owners + self._made_in(noun, exclude)
        return found

    def _made_in(self, noun, exclude) -> list[Arg]:
        """"weapons *made in Iran*", "drones manufactured in Turkey": where things were made is where they
        come from (the making verbs are the lexicon's ``produce`` trigger)."""
        making = [c for c in noun.children if c.dep_ in ("acl", "amod") and c.tag_ == "VBN" and any(
            t.name == "produce" for t in self.lex.verbs_for(c.lemma_.lower()))]
        return [a for verb in making for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in"
                for p in prep_objects(prep) for a in self.actors(p, "strict", exclude)]


def named_by_what(verb) -> list:
    """What a what-clause object names: "signed what Washington calls the Washington Accords", "rejected
    what it described as new demands from Baku". A by-phrase the parser hangs on a calling verb that has its
    own subject is the named act's doer ("condemned what its envoy called reckless actions by China")."""
    return [n for c in verb.children if c.dep_ == "ccomp" and any(w.lower_ == "what" for w in c.children)
            for n in (*c.children, *(p for a in c.children if a.dep_ == "prep" and (a.lower_ == "as" or (
                a.lower_ == "by" and any(s.dep_ == "nsubj" for s in c.children)))
                                     for p in a.children if p.dep_ == "pobj")) if n.dep_ in ("oprd", "pobj")]
