"""Weapons a pronoun stands for: "Russian drones crossed into Romanian airspace. Romanian jets shot down several of
*them*": the drones', so Russia is the one struck, not a state the text named last (mixed into
:class:`~diplograph.loaders.articles.relations.SentenceRelations`)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg

# Characters back to the weapons "them" or "it" stands for: the sentence before
WEAPONS_REACH = 300
OWNING_TYPES = ("state", "armed_group", "organization")


class DownedWeapons:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _weapon_owners(self, noun) -> tuple:
        """Whose weapons ``noun`` names: its own qualifier or possessor ("*Russian* drones", "*Iran's*
        missiles"), else whoever fires or launches them ("*Iran* fired dozens of missiles")."""
        owners = [a.actor for a in self.actors(noun, "origin") if a.actor.type in OWNING_TYPES]
        held = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun  # "dozens of missiles"
        if not owners and held.dep_ == "dobj" and held.head.lemma_.lower() in self.lex.noun_class["launching"]:
            owners = [a.actor for a in self.agent(held.head) if a.actor.type in OWNING_TYPES]
        return tuple({a.id: a for a in owners}.values())

    def _weapon_nouns(self, tokens):
        return [t for t in tokens if t.pos_ == "NOUN" and self.mention(t) is None and "weapon" in self.theme_classes([t])]

    def _remember_weapons(self) -> None:
        """Note the weapons this sentence names with their owners, for a "them" or "it" the next sentence downs."""
        for noun in self._weapon_nouns(self.tokens):
            owners = self._weapon_owners(noun)
            if 0 < len(owners) <= 2:
                self.ctx.weapons_told.append((self._position(noun), noun.tag_ == "NNS", owners,
                                              tuple(self.theme_classes([noun]))))

    def _downed_share(self, obj, exclude) -> list[Arg]:
        """"shot down several of them", "intercepted one of them": the owners of the weapons the pronoun of a
        share stands for (never a state named before: the share is of weapons or of nothing)."""
        pronouns = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj" and p.lower_ in ("them", "it")]
        return self._downed_weapons(pronouns[0], exclude) if obj.pos_ != "NOUN" and pronouns else []

    def _downed_weapons(self, token, exclude) -> list[Arg]:
        """The owners of the weapons a pronoun stands for when a verb that strikes or stops ("shot down",
        "intercepted", "destroyed") acts on it ("shot *them* down", "intercepted some of *them*", "*they* were
        shot down"); [] when it stands for no weapons."""
        owners, _ = self._weapons_meant(token)
        return [Arg(owner, token.i) for owner in owners if owner.id not in exclude]

    def _weapons_meant(self, token) -> tuple[tuple, tuple]:
        """The owners and classes of the weapons a pronoun downed or stopped stands for: weapons named before
        it in its sentence, else in the sentence before; ((), ()) when none were."""
        plural = token.lower_ in ("them", "they")
        if not plural and token.lower_ != "it":
            return (), ()
        held = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token  # "several of them"
        verb = held.head
        if held.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or not (
                self._strikes(verb) or verb.lemma_.lower() in self.lex.noun_class["stopping_weapons"]):
            return (), ()
        # (not the weapons that do the downing: "Romanian jets shot down several of them")
        shooters = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
        here = [t for t in self._weapon_nouns(self.tokens[:token.i - self.sent.start])
                if (t.tag_ == "NNS") == plural and t.i not in shooters]
        if here:
            return self._weapon_owners(here[-1]), tuple(self.theme_classes(here[-1:]))
        at = self._position(token)
        return next(((owners, classes) for position, many, owners, classes in reversed(self.ctx.weapons_told)
                     if at - WEAPONS_REACH <= position < at and many == plural), ((), ()))
