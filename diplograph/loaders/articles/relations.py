"""Relations in one sentence: trigger words and dependency patterns mapped to ontology predicates.

The lexicon (``lexicon.yaml``) says which lemmas trigger which predicates and how the
trigger's grammatical arguments map onto the relation's subject and object (``roles``). This
module finds those arguments in spaCy's dependency parse:

* **roles** of a verb: agent (subject, or by-phrase of a passive), patient (object), recipient
  (to-phrase), source (from-phrase), partner (with-phrase), location (in-phrase), between
  (between A and B), origin ("*Turkish* drones", "drones *from Turkey*"), weapon;
* **roles** of a noun: owner ("*Iran's* use", "*Turkish* sale"), between (also hyphenated
  pairs: "the *Azerbaijan-Armenia* conflict"), of, the *governor* (subject of the verb the
  noun depends on: "*Kazakhstan* signed deals with Türkiye");
* each argument token becomes actors through its mention, a coordination ("A, B and C"), a
  relative pronoun ("Turkey, *which* supplies ..."), a pronoun, a reference ("the two
  countries"), an appositive ("the company, *Baykar*") or a state body ("the *Tajik
  government*").

Constructions that are not one trigger word have their own small rules here: titles
(AFFILIATED_WITH with a ``role``), nationality of firms (BASED_IN), "X-led Y" participles,
makers of weapons ("Iran's Ababil-2 drone"), and branches of armed groups.

Every candidate is checked against the ontology: the first predicate whose allowed subject and
object types fit the two actors wins; none fitting, nothing is extracted.

The constructions live in one module per family, mixed into :class:`SentenceRelations`:
``arguments`` (token to actors), ``references``, ``roles`` (of a verb), ``patients`` (its object,
and whom judging an act judges), ``verbs``, ``nouns``,
``titles``, ``descriptions`` and ``deeds``; ``syntax`` holds the dependency-tree helpers they share.
"""

from __future__ import annotations

from itertools import combinations

from diplograph.gazetteer import PLACE, Gazetteer, load_gazetteer
from diplograph.graph.model import Actor
from diplograph.graph.ontology import Ontology
from diplograph.loaders.articles.act_places import ActPlaces
from diplograph.loaders.articles.also_judged import AlsoJudged
from diplograph.loaders.articles.announced_measures import AnnouncedMeasures
from diplograph.loaders.articles.arrivals import Arrivals
from diplograph.loaders.articles.asked_questions import AskedQuestions
from diplograph.loaders.articles.arguments import ActorArguments
from diplograph.loaders.articles.body_chairs import BodyChairs
from diplograph.loaders.articles.bodies import Bodies
from diplograph.loaders.articles.border_fights import BorderFights
from diplograph.loaders.articles.border_neighbours import BorderNeighbours
from diplograph.loaders.articles.bordered_pairs import BorderedPairs
from diplograph.loaders.articles.candidates import Arg, Found
from diplograph.loaders.articles.bracketed_members import BracketedMembers
from diplograph.loaders.articles.business_homes import BusinessHomes
from diplograph.loaders.articles.captures import Captures
from diplograph.loaders.articles.channels import Channels
from diplograph.loaders.articles.chosen_trips import ChosenTrips
from diplograph.loaders.articles.invited_sides import InvitedSides
from diplograph.loaders.articles.measure_reliefs import MeasureReliefs
from diplograph.loaders.articles.made_nouns import defer_to_clause_verbs
from diplograph.loaders.articles.compositions import Compositions
from diplograph.loaders.articles.conditions import Conditions
from diplograph.loaders.articles.counterparts import Counterparts
from diplograph.loaders.articles.dash_lists import DashLists
from diplograph.loaders.articles.datelines import Datelines
from diplograph.loaders.articles.datives import Datives
from diplograph.loaders.articles.deal_sides import DealSides
from diplograph.loaders.articles.deal_terms import DealTerms
from diplograph.loaders.articles.declared_refusals import DeclaredRefusals
from diplograph.loaders.articles.deeds import Deeds
from diplograph.loaders.articles.delegation_talks import DelegationTalks
from diplograph.loaders.articles.co_agents import CoAgents
from diplograph.loaders.articles.distributives import Distributives
from diplograph.loaders.articles.downed import DownedWeapons
from diplograph.loaders.articles.echoed_acts import EchoedActs
from diplograph.loaders.articles.firm_homes import FirmHomes
from diplograph.loaders.articles.force_references import ForceReferences
from diplograph.loaders.articles.given_descriptions import GivenDescriptions
from diplograph.loaders.articles.headed_lists import HeadedLists
from diplograph.loaders.articles.held_aid import HeldAid
from diplograph.loaders.articles.home_governments import HomeGovernments
from diplograph.loaders.articles.group_owners import GroupOwners
from diplograph.loaders.articles.hosts_and_guests import HostsAndGuests
from diplograph.loaders.articles.hyphen_pairs import HyphenPairs
from diplograph.loaders.articles.joint_undertakings import JointUndertakings
from diplograph.loaders.articles.subject_pronouns import SubjectPronouns
from diplograph.loaders.articles.journeys import Journeys
from diplograph.loaders.articles.help_purposes import HelpPurposes
from diplograph.loaders.articles.described import DescribedStates
from diplograph.loaders.articles.descriptions import Descriptions
from diplograph.loaders.articles.document_authors import DocumentAuthors
from diplograph.loaders.articles.doc_tokens import doc_tokens
from diplograph.loaders.articles.recognitions import Recognitions
from diplograph.loaders.articles.refused_hostility import RefusedHostility
from diplograph.loaders.articles.said_verdicts import SaidVerdicts
from diplograph.loaders.articles.blamed_deeds import BlamedDeeds
from diplograph.loaders.articles.treaty_cover import TreatyCover
from diplograph.loaders.articles.judged_events import JudgedEvents
from diplograph.loaders.articles.unnamed_doers import UnnamedDoers
from diplograph.loaders.articles.voided_acts import VoidedActs
from diplograph.loaders.articles.refused_requests import RefusedRequests
from diplograph.loaders.articles.bare_recalls import BareRecalls
from diplograph.loaders.articles.safety_pledges import SafetyPledges
from diplograph.loaders.articles.critical_stances import CriticalStances
from diplograph.loaders.articles.informing_warnings import InformingWarnings
from diplograph.loaders.articles.shows_of_force import ShowsOfForce
from diplograph.loaders.articles.standing_hosts import StandingHosts
from diplograph.loaders.articles.set_aside import SetAside
from diplograph.loaders.articles.untold_contents import UntoldContents
from diplograph.loaders.articles.called_off import CalledOff
from diplograph.loaders.articles.characterised_threats import CharacterisedThreats
from diplograph.loaders.articles.state_media import StateMedia
from diplograph.loaders.articles.wronged_nationals import WrongedNationals
from diplograph.loaders.articles.sides import Sides
from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.known_names import KnownNames
from diplograph.loaders.articles.led_groups import LedGroups
from diplograph.loaders.articles.led_references import LedReferences
from diplograph.loaders.articles.listed_members import ListedMembers
from diplograph.loaders.articles.listings import Listings
from diplograph.loaders.articles.local_firms import LocalFirms
from diplograph.loaders.articles.owned_missions import OwnedMissions
from diplograph.loaders.articles.member_bodies import MemberBodies
from diplograph.loaders.articles.mentions import Mention
from diplograph.loaders.articles.named_recipients import NamedRecipients
from diplograph.loaders.articles.maker_direction import MakerDirection
from diplograph.loaders.articles.neighbours import Neighbours
from diplograph.loaders.articles.noun_doers import NounDoers
from diplograph.loaders.articles.noun_governors import NounGovernors
from diplograph.loaders.articles.object_pronouns import ObjectPronouns
from diplograph.loaders.articles.nouns import NounTriggers
from diplograph.loaders.articles.offers import Offers
from diplograph.loaders.articles.owner_places import OwnerPlaces
from diplograph.loaders.articles.offices import Offices
from diplograph.loaders.articles.paired_titles import PairedTitles
from diplograph.loaders.articles.participants import Participants
from diplograph.loaders.articles.partitives import Partitives
from diplograph.loaders.articles.principals import Principals
from diplograph.loaders.articles.production_deals import ProductionDeals
from diplograph.loaders.articles.pronoun_owners import PronounOwners
from diplograph.loaders.articles.provocations import Provocations
from diplograph.loaders.articles.firm_deliveries import FirmDeliveries
from diplograph.loaders.articles.rebuttals import Rebuttals
from diplograph.loaders.articles.denials import Denials
from diplograph.loaders.articles.land_claims import LandClaims
from diplograph.loaders.articles.rulings import Rulings
from diplograph.loaders.articles.own_referents import OwnReferents
from diplograph.loaders.articles.patients import Patients
from diplograph.loaders.articles.place_references import PlaceReferences
from diplograph.loaders.articles.pledged_training import PledgedTraining
from diplograph.loaders.articles.quarrels import Quarrels
from diplograph.loaders.articles.references import References
from diplograph.loaders.articles.region_groups import RegionGroups
from diplograph.loaders.articles.relative_places import RelativePlaces
from diplograph.loaders.articles.resolve import HOSTILE, DocumentContext
from diplograph.loaders.articles.respective_order import RespectiveOrder
from diplograph.loaders.articles.roles import VerbRoles
from diplograph.loaders.articles.secession_wars import SecessionWars
from diplograph.loaders.articles.second_subjects import SecondSubjects
from diplograph.loaders.articles.shared_objects import SharedObjects
from diplograph.loaders.articles.summons import Summons
from diplograph.loaders.articles.distinct_references import DistinctReferences
from diplograph.loaders.articles.struck_possessions import StruckPossessions
from diplograph.loaders.articles.site_owners import SiteOwners
from diplograph.loaders.articles.fellow_members import FellowMembers
from diplograph.loaders.articles.talk_sides import TalkSides
from diplograph.loaders.articles.talk_topics import TalkTopics
from diplograph.loaders.articles.suspended_members import SuspendedMembers
from diplograph.loaders.articles.broken_ties import BrokenTies
from diplograph.loaders.articles.fled_peoples import FledPeoples
from diplograph.loaders.articles.supply_chains import SupplyChains
from diplograph.loaders.articles.technology_sources import TechnologySources
from diplograph.loaders.articles.thanks import Thanks
from diplograph.loaders.articles.threat_roles import ThreatRoles
from diplograph.loaders.articles.themes import Themes
from diplograph.loaders.articles.there_places import TherePlaces
from diplograph.loaders.articles.title_bodies import TitleBodies
from diplograph.loaders.articles.titles import Titles
from diplograph.loaders.articles.trace import SentenceTrace
from diplograph.loaders.articles.trailing_appositions import TrailingAppositions
from diplograph.loaders.articles.side_by_side import SideBySide
from diplograph.loaders.articles.venues import Venues
from diplograph.loaders.articles.visit_hosts import VisitHosts
from diplograph.loaders.articles.chaired_meetings import ChairedMeetings
from diplograph.loaders.articles.relative_phrases import RelativePhrases
from diplograph.loaders.articles.helped_doers import HelpedDoers
from diplograph.loaders.articles.hosted_events import HostedEvents
from diplograph.loaders.articles.worries import Worries
from diplograph.loaders.articles.verbs import VerbTriggers

__all__ = ["Arg", "Found", "SentenceRelations"]


# What a leader heads in person, not for the state they serve ("Maduro leads the cartel" is not Venezuela's lead).
PERSONAL_COMMANDS = frozenset({"armed_group", "company"})


class SentenceRelations(ChairedMeetings, RelativePhrases, HelpedDoers, HostedEvents, Worries, ActorArguments, References, Sides, VerbRoles, ThreatRoles, Themes, Patients, VerbTriggers,
                        NounTriggers, Titles, Descriptions, DescribedStates, Deeds, ShowsOfForce, Offers, Captures,
                        Conditions, Participants, Bodies, Rebuttals, Compositions, Offices, Listings, ListedMembers,
                        Quarrels, SharedObjects, Datives, LedGroups, GroupOwners, LocalFirms, PairedTitles, PronounOwners,
                        DealTerms, NounDoers, NounGovernors, HeadedLists, MemberBodies, TitleBodies,
                        HostsAndGuests, BodyChairs,
                        DelegationTalks, DownedWeapons, HeldAid, HelpPurposes, Rulings,
                        ObjectPronouns, FirmHomes, Thanks,
                        Principals, Provocations, Partitives, DashLists, HyphenPairs,
                        FirmDeliveries, Counterparts, Summons, ActPlaces, Neighbours, Denials, Arrivals, Journeys,
                        AnnouncedMeasures, LedReferences, Datelines, Recognitions, LandClaims, OwnerPlaces, SafetyPledges,
                        KnownNames, DealSides, Venues, SuspendedMembers, BrokenTies, FledPeoples, SaidVerdicts, BlamedDeeds, TreatyCover,
                        JudgedEvents, VoidedActs, RefusedRequests, BareRecalls, WrongedNationals, UnnamedDoers, OwnedMissions,
                        RegionGroups, TechnologySources, BusinessHomes, JointUndertakings, DocumentAuthors,
                        BorderFights, RelativePlaces, StateMedia, SubjectPronouns, SecondSubjects,
                        SecessionWars, CriticalStances, ChosenTrips, InvitedSides, MeasureReliefs, VisitHosts, SideBySide, InformingWarnings,
                        Channels, GivenDescriptions, ForceReferences, TrailingAppositions,
                        BorderedPairs, AskedQuestions, BorderNeighbours, RefusedHostility,
                        DeclaredRefusals, ProductionDeals, NamedRecipients, TalkTopics, TalkSides, SiteOwners, FellowMembers,
                        Distributives, CoAgents,
                        BracketedMembers, StandingHosts, SetAside, CharacterisedThreats,
                        EchoedActs, TherePlaces, PlaceReferences, RespectiveOrder, AlsoJudged,
                        PledgedTraining, OwnReferents, MakerDirection, SupplyChains, UntoldContents, CalledOff,
                        HomeGovernments, StruckPossessions, DistinctReferences):
    """The relations one sentence states (see the module docstring)."""

    def __init__(self, sent, mentions: list[Mention], context: DocumentContext, lexicon: Lexicon,
                 ontology: Ontology, offset: int, gazetteer: Gazetteer | None = None,
                 trace: SentenceTrace | None = None):
        self.sent = sent
        # (spaCy makes a new Token at each step over a doc: the document's sentences and their many scans share
        # one list)
        self.doc = doc_tokens(sent.doc)
        self.tokens = self.doc.tokens[sent.start:sent.end]
        self.trace = trace  # when set, every trigger and every dropped candidate is recorded there
        self._misses: list[str] = []  # why the patterns of the trigger being read found nothing
        self._resolving: set[int] = set()  # pronouns being resolved (a pronoun never stands for itself)
        self.lex = lexicon
        self.onto = ontology
        self.ctx = context
        self.offset = offset  # character offset of the spaCy doc in the document text
        self.by_token: dict[int, Mention] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m
        self.mentions = mentions
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.affiliation: dict[str, Arg] = {}  # person id -> the actor their title in this sentence names
        self.nationality: dict[str, Arg] = {}  # firm id -> the state its description in this sentence names
        self.found: list[Found] = []
        self._weapon_words: bool | None = None
        self.noun_classes: dict[int, list[str]] = {}  # token -> its theme classes (themes.py)
        self.verb_themes: dict[int, list] = {}  # verb token -> what it acts on (themes.py)
        self.subject_lists: dict[int, list] = {}  # subject token -> the participants it lists (participants.py)
        self.inviters: dict[int, object] = {}  # verb token -> who invited the participants of its subject

    def extract(self) -> list[Found]:
        self._sentence_has_weapons()  # keeps the document's weapon topic up to date
        self._note_led_heads()
        self._titles()
        self._delegation_heads()
        self._bodies_pronoun_titles()
        self._known_offices()
        self._later_ties()
        self._named_after_title()
        self._acting_for()
        self._respective_offices()
        self._groups_of_leaders()
        self._nationality()
        self._state_media()
        self._described_firms()
        self._local_firms()
        self._participles()
        self._makers()
        self._missions()
        self._allied_forces()
        self._blocs()
        self._fellow_members()  # "Hungary's EU partners": Hungary is in the EU
        self._compositions()
        self._bracketed_members()
        self._joint_bodies()
        self._joint_ventures()
        self._branches()
        self._responsibility()
        self._designations()
        self._said_verdicts()
        self._blamed_deeds()
        self._treaty_cover()
        self._voided_acts()
        self._refused_requests()
        self._critical_stances()
        self._wronged_nationals()
        self._listings()
        self._headed_members()  # "## Members" over "Australia, Fiji and Tonga."
        self._note_visits()  # for "the host", "the visitors" of the sentences after it
        self._stigmatised()
        self._possessed_names()
        self._arrivals()
        self._recognised_as()
        self._safety_pledges()
        # before the sentence's own acts, which may answer one of its deeds ("X offered to host the talks,
        # but Y declined the offer"), and for the sentences after it ("The Taliban called the plan unacceptable")
        self._remember_deeds()
        for token in self.tokens:
            lemma, pos, tag = token.lemma_.lower(), token.pos_, token.tag_
            verb_triggers = self.lex.verbs_for(lemma)  # (first: most words have none)
            verb_like = verb_triggers and pos == "NOUN" and any(c.dep_ in ("dobj", "nsubj") for c in token.children)
            if verb_triggers and (pos in ("VERB", "AUX") or tag in ("VBN", "VBG") or verb_like):  # "further borders Iran"
                for trigger in verb_triggers:
                    self._traced(token, trigger, self._verb)
            if pos in ("NOUN", "PROPN") or tag in ("NN", "NNS"):
                for trigger in self._noun_triggers(token, lemma):
                    self._traced(token, trigger, self._noun)
        self._claimed_lands()  # "Japan administers the Senkakus, which China claims"
        self._followed_suit()  # after the sentence's own acts: "A cut ties with X, and B did the same"
        self._also_judged()  # "... Japan and Australia also voiced concern"
        self._judged_events()  # "Eritrea struck a post in Djibouti, which Djibouti condemned"
        self._bare_recalls()  # "expelled Algerian officials and recalled its ambassador"
        self._echoed_acts()  # "..., as did London and Paris"
        self._rebuttals()  # "A accused B of X, a charge B denied"; "B rejected the accusation"
        self._told_rulings_rejected()  # "The tribunal ruled for Manila. Beijing rejected the award"
        self._remember_mission_places()  # "... Jamaica will also send personnel"
        self._remember_weapons()  # "... Romanian jets shot down several of them"
        self._threats_characterised()  # "X represents a security threat to Y": said to be one, X threatens no one
        # (the outer ones, session 26: constructions that look like relations and are not)
        return self._firms_not_recipients(self._transfers_from_makers(self._training_pledged(self._alternatives_set_aside(self._standing_hosts(self._topics_not_partners(self._users_not_recipients(self._deals_to_produce(self._refusals_that_spare(
            self._neighbours_not_partners(self._ties_not_denied(self._meetings_called_off(self._contents_untold(self._questions_asked(
                self._delegation_heads_met(self._quarrels_not_fights(self._sellers_named(self._measures_lifted(self._reliefs_not_measures(
            self._withheld_as_threats(self._warnings_that_inform(self._omissions_judged(self._rejected_not_denied(self._refusals_declared(
                self._mediated_not_met(self._bodies_hosted(self._agreed_among_themselves(
                    self._parties_under_deal(defer_to_clause_verbs(self.found, self.lex)))))))))))))))))))))))))))))

    def _measures_lifted(self, found: list[Found]) -> list[Found]:
        """"The United States lifted its sanctions on Syria", "the lifting of the embargo on X": a
        measure that pressed someone, lifted or eased (`relief` in the lexicon), is a denied coercion
        and a step in the target's favour, told by the verb that lifts it."""
        relief = self.lex.noun_class["relief"]
        for f in list(found):
            measure = f.trigger
            if f.predicate != "COERCION" or measure is None or measure.pos_ != "NOUN":
                continue
            lifted = measure.head if measure.dep_ in ("dobj", "nsubjpass") else None
            if measure.dep_ == "pobj" and measure.head.lower_ == "of" and measure.head.head.pos_ == "NOUN":
                lifted = measure.head.head  # "the lifting of sanctions on X"
            if lifted is not None and lifted.lemma_.lower() in relief and \
                    self._fitting(("SUPPORT",), f.subject, f.object):
                found.append(Found(f.subject, "SUPPORT", f.object, lifted, f.rule + ":lifted"))
        return found

    def _omissions_judged(self, found: list[Found]) -> list[Found]:
        """"criticised Russia for not supporting Armenia", "blamed the CSTO for failing to defend it": what
        someone is blamed for not doing is the grievance of the criticism, not a relation of its own."""
        kept = []
        for f in found:
            act = f.trigger
            negated = act is not None and any(c.dep_ == "neg" for c in act.children)
            if act is not None and act.dep_ == "xcomp" and act.head.lemma_.lower() == "fail":
                act, negated = act.head, True
            judged = act is not None and act.dep_ == "pcomp" and act.head.lower_ in ("for", "of") and \
                act.head.head.pos_ == "VERB" and self._judging(act.head.head)
            # "the Chamber found that Mongolia failed to comply when it did not arrest Putin": a finding of
            # non-compliance judges the omission, which tells no relation between its sides
            judged = judged or act is not None and any(a.pos_ == "VERB" and a.lemma_.lower() in
                                                       self.lex.noun_class["findings"] for a in act.ancestors)
            if negated and judged:
                self._drop(f"{f.subject.name} {f.predicate} {f.object.name} ({f.rule}): an omission someone is "
                           "blamed for")
                continue
            kept.append(f)
        return kept

    def _rejected_not_denied(self, found: list[Found]) -> list[Found]:
        """"Serbia has never recognised Kosovo" is a rejection; the same word read as support would
        be denied support, which says the same thing twice. So is "Iran refused to cooperate with the
        IAEA": the refusal rejects, and the cooperation it refused is not told again as denied."""
        def at(f: Found) -> int:
            return f.trigger.i if f.trigger is not None else -1

        rejected = {(f.subject.id, f.object.id, at(f)) for f in found if f.negation_is_act}
        refused = {(f.subject.id, f.object.id, t.i) for f in found if f.predicate == "REJECTION" and
                   f.trigger is not None for c in f.trigger.children if c.dep_ in ("xcomp", "acl")
                   for t in c.subtree}
        # ("Armenia refused to host CSTO exercises": nor is the other side's act that the refusal turned away)
        rejected |= refused | {(o, s, i) for s, o, i in refused}
        kept = [f for f in found if f.negation_is_act or (f.subject.id, f.object.id, at(f)) not in rejected]
        for f in found:
            if f not in kept:
                self._drop(f"{f.subject.name} {f.predicate} {f.object.name} ({f.rule}): the negated word rejects")
        return kept

    def _agreed_among_themselves(self, found: list[Found]) -> list[Found]:
        """"The two leaders agreed to work more closely with the United States": two or more sides that agree
        agree with each other; whom the agreed act is with is no party to their agreement (one side agreeing,
        "Armenia agreed to return four villages to Azerbaijan", agrees with whom the act is for)."""
        kept = []
        for f in found:
            verb = f.trigger
            if f.predicate == "AGREEMENT" and verb is not None and verb.lemma_.lower() == "agree" and \
                    not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children) and \
                    any(c.dep_ == "xcomp" for c in verb.children):
                agents = self.agent(verb)
                if len({a.actor.id for a in agents if not a.proxy}) >= 2 and \
                        f.object.id not in {a.actor.id for a in agents}:
                    self._drop(f"{f.subject.name} AGREEMENT {f.object.name} ({f.rule}): the sides agreed with each "
                               "other, not with whom the agreed act is with")
                    continue
            kept.append(f)
        return kept

    def _bodies_hosted(self, found: list[Found]) -> list[Found]:
        """"Qatar will host a summit of the Arab League", "hosted a meeting of the OIC": the body whose own
        meeting is hosted is no side the host stands between (the sides of "a meeting of the leaders of A and
        B" are states or persons, not bodies)."""
        kept = []
        for f in found:
            verb = f.trigger
            meetings = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and
                        c.lemma_.lower() in self.lex.noun_class["meeting"]] if verb is not None and \
                f.predicate == "MEDIATION" and f.object.type == "organization" else []
            if any((m := self.mention(t)) is not None and m.actor.id == f.object.id
                   for meeting in meetings for t in meeting.subtree):
                self._drop(f"{f.subject.name} MEDIATION {f.object.name} ({f.rule}): the host of a body's own meeting")
                continue
            kept.append(f)
        return kept

    def _mediated_not_met(self, found: list[Found]) -> list[Found]:
        """A go-between's word ("hosted envoys of both sides") also reads as a meeting with each
        side; the mediation is what it says, so the meeting from the same word is dropped."""
        mediated = {(f.subject.id, f.object.id, id(f.trigger)) for f in found if f.predicate == "MEDIATION"}
        kept = [f for f in found if f.predicate != "CONSULTATION" or not (
            {(f.subject.id, f.object.id, id(f.trigger)), (f.object.id, f.subject.id, id(f.trigger))} & mediated)]
        for f in found:
            if f not in kept:
                self._drop(f"{f.subject.name} CONSULTATION {f.object.name} ({f.rule}): the same word mediates")
        return kept

    # -- tracing (``diplograph extract --trace``) ------------------------------------------------

    def _traced(self, token, trigger, read) -> None:
        """Read one trigger; when tracing, record it, and why it gave nothing if it did not."""
        if self.trace is None:
            read(token, trigger)
            return
        self.trace.triggers.append(f"{token.text} ({trigger.name})")
        before, self._misses = len(self.found), []
        read(token, trigger)
        if len(self.found) == before:
            for miss in self._misses or ["its context did not fit (theme or governing word)"]:
                self.trace.drop(f"'{token.text}' ({trigger.name}): {miss}")

    def _miss(self, reason: str) -> None:
        if self.trace is not None:
            self._misses.append(reason)

    def _drop(self, reason: str) -> None:
        if self.trace is not None:
            self.trace.drop(reason)

    def _emit(self, subjects: list[Arg], objects: list[Arg], predicates, trigger, rule: str,
              properties: dict | None = None) -> bool:
        emitted = False
        # ("India's HAL builds jets under licence from Russia": production set up in a firm is set up in its state)
        objects = [o for o in objects if not o.proxy or o.proxy in ("firm", "maker") and tuple(predicates) == ("CO_PRODUCTION",)]
        if "MILITARY_PRESENCE" in predicates:  # troops sent to "the AU Mission in Somalia" serve in Somalia
            objects = [self._served(o) for o in objects]
        pairs = [(s, o) for s in subjects for o in objects]
        for s, o in pairs:  # (pairs may grow: an official's state stands in where the official cannot)
            if s.actor.id == o.actor.id or s.key == o.key or (s.proxy == "official" and o.actor.type == "person" and any(
                    self.onto.predicate(p).allows("person", "person") for p in predicates)):
                # an official's state pairs with states, the official with persons (unless no person may
                # do it: "Rubio declared Ambassador X persona non grata" coerces X for the United States)
                continue
            predicate = self._fitting(predicates, s.actor, o.actor)
            if predicate is None:
                self._drop(f"{s.actor.name} ? {o.actor.name} ({rule}): the ontology allows none of "
                           f"{', '.join(predicates)} from {s.actor.type} to {o.actor.type}")
                pairs += self._offices_instead(s, o, predicates, pairs)
                continue
            if not self._proxy_allows(s, predicate) or s.proxy == "official" and predicate == "LEADS" and \
                    o.actor.type in PERSONAL_COMMANDS:
                self._drop(f"{s.actor.name} {predicate} {o.actor.name} ({rule}): {s.actor.name} stands in for "
                           f"a {s.proxy} named beside it, which {predicate} does not carry over")
                continue
            if self.onto.predicate(predicate).family == "verbal_cooperation" and (
                    self._serves(s.actor, o.actor) or self._serves(o.actor, s.actor)):
                self._drop(f"{s.actor.name} {predicate} {o.actor.name} ({rule}): an official does not talk, "
                           "agree or side with the state or body they serve")
                continue
            if self._fled_from(s, o, predicate, rule) or self._fled_from(o, s, predicate, rule):
                continue
            if self._from_place(o) and predicate not in self.lex.place_predicates:
                self._drop(f"{s.actor.name} {predicate} {o.actor.name} ({rule}): a place names where it "
                           "happened, not who took part")
                continue  # "sent weapons to Goma": where they went, not who received them
            props = dict(properties or {})
            for actor in (s.actor, o.actor):  # every actor of a claim travels in the batch
                self.ctx.actors.setdefault(actor.id, actor)
            self.found.append(Found(s.actor, predicate, o.actor, trigger, rule, props))
            state = self._state_of_region(o.actor) if predicate in self.lex.region_place_predicates else None
            if state is not None and state.id != s.actor.id:  # "struck Iraqi Kurdistan": Iraq is struck too
                self.ctx.actors.setdefault(state.id, state)
                self.found.append(Found(s.actor, predicate, state, trigger, rule + " (in the region's state)", props))
            if trigger is not None:
                self._note_told(trigger, predicate, s.actor, o.actor)
            if predicate == "AGREEMENT" and trigger is not None:
                self.ctx.last_deal = (self._position(trigger), [s.actor, o.actor])
            emitted = True
        return emitted

    def _state_of_region(self, actor):
        """The state a region with a government of its own is part of (the gazetteer's ``within``), or None."""
        entry = self.gazetteer.get(actor.id) if actor.type == "state" and self.gazetteer is not None else None
        within = entry.external_ids.get("within") if entry is not None else None
        return self.gazetteer.get(within).actor() if within else None

    def _note_told(self, trigger, predicate: str, first, second) -> None:
        """Keep the relation for later references to its sides, with the kind of event its trigger tells: a
        go-between named alone stands between the sides of talks, a deal or a conflict, not of a mere meeting."""
        position = self._position(trigger)
        self.ctx.told.append((position, predicate, first, second))
        words = {trigger.lemma_.lower(), *(c.lemma_.lower() for c in trigger.children if c.dep_ == "dobj")}
        kind = "conflict" if predicate in HOSTILE else {"ARMED_CLASH": "conflict", "DISPUTE": "conflict",
                                                         "AGREEMENT": "deal"}.get(predicate) or (
            ("talks" if words & self.lex.noun_class["negotiations"] else "meeting") if predicate == "CONSULTATION" else None)
        if kind is not None:
            self.ctx.told_kinds.setdefault(position, kind)

    def _offices_instead(self, s: Arg, o: Arg, predicates, pairs) -> list[tuple[Arg, Arg]]:
        """"(President Muizzu ...) he ordered out the Indian troops": what the ontology lets no person do (or
        undergo), an official does for the state they serve, as this sentence, the document or the gazetteer
        says; nothing when neither side is such an official or the pair is already read. Only acts of conflict
        (a person's "transfer" or "presence" is too often a misreading the ontology rightly refuses)."""
        subject, obj = self._office_arg(s, "official"), self._office_arg(o, "")
        fitting = self._fitting(predicates, subject.actor, obj.actor)
        if (subject is s and obj is o) or subject.actor.id == obj.actor.id or fitting is None or \
                self.onto.predicate(fitting).family not in ("verbal_conflict", "material_conflict") or \
                any(a.actor.id == subject.actor.id and b.actor.id == obj.actor.id for a, b in pairs):
            return []
        return [(subject, obj)]

    def _office_arg(self, arg: Arg, proxy: str) -> Arg:
        if arg.actor.type != "person" or arg.proxy:
            return arg
        side = self.affiliation.get(arg.actor.id)
        office = side.actor if side is not None else self.ctx.serves.get(arg.actor.id) or self._office_known(arg.actor)
        return Arg(office, arg.key, proxy) if office is not None and office.type == "state" else arg

    def _serves(self, person: Actor, actor: Actor) -> bool:
        """Whether ``person`` holds office in ``actor``, as this sentence or the gazetteer says."""
        if person.type != "person":
            return False
        arg = self.affiliation.get(person.id)
        if arg is not None:
            return arg.actor.id == actor.id
        entry = self.gazetteer.get(person.id) if self.gazetteer is not None else None
        return entry is not None and entry.external_ids.get("affiliation") == actor.id

    def _served(self, arg: Arg) -> Arg:
        """Where a body's named mission serves, for the mission named as a place forces go to."""
        m = self.by_token.get(arg.key)
        return Arg(m.place, arg.key) if m is not None and m.place is not None and m.actor.id == arg.actor.id else arg

    def _from_place(self, arg: Arg) -> bool:
        m = self.by_token.get(arg.key)
        return m is not None and m.kind == PLACE

    def _proxy_allows(self, arg: Arg, predicate: str) -> bool:
        if not arg.proxy:
            return True
        allowed = self.lex.proxies.get(arg.proxy, frozenset())
        return "all" in allowed or predicate in allowed

    def _fitting(self, predicates, subject: Actor, obj: Actor) -> str | None:
        for name in predicates:
            home = self.nationality.get(subject.id)
            if name in ("CO_PRODUCTION", "INVESTMENT") and (subject.external_ids.get("country") == obj.id.split(":", 1)[-1]
                                                            or home is not None and home.actor.id == obj.id):
                # "Saab and Embraer run an assembly line in São Paulo", "the Indonesian firm X builds drones in
                # Indonesia": a firm makes at home; "Pemex runs six refineries in Mexico": nor is its capital
                # at home put in from abroad
                continue
            predicate = self.onto.predicate(name)
            if predicate.allows(subject.type, obj.type) or (
                    predicate.symmetric and predicate.allows(obj.type, subject.type)):
                return name
        return None

    def _emit_pairs(self, args: list[Arg], predicates, trigger, rule: str, mutual: bool = False) -> bool:
        emitted = False
        distinct = list({a.actor.id: a for a in args}.values())
        pairs = list(combinations(distinct, 2))
        back = [(b, a) for a, b in pairs] if mutual else []  # "both sides deployed troops along the line"
        for a, b in pairs + back:
            if a.key == b.key or bool(a.proxy) != bool(b.proxy):
                continue  # officials pair with officials, and the actors they speak for with each other
            if a.reference == b.reference != -1 and any(c.reference != a.reference for c in distinct):
                continue  # "a ceasefire between the army and the three groups": the groups are one side
            if self._colleagues(a.actor, b.actor):
                continue  # "Foreign Minister A and Defence Minister B signed": one side, not two
            if self._serves(a.actor, b.actor) or self._serves(b.actor, a.actor):
                continue  # "in the presence of President X and German Chancellor Y": Y is of Germany, not its partner
            predicate = self._fitting(predicates, a.actor, b.actor)
            if predicate is None:
                self._drop(f"{a.actor.name} ? {b.actor.name} ({rule}): the ontology allows none of "
                           f"{', '.join(predicates)} between {a.actor.type} and {b.actor.type}")
            if predicate and (a, b) in back and self.onto.predicate(predicate).symmetric:
                continue
            # a directed predicate between partners ("A and B held joint exercises") reads in text
            # order, unless the pattern says they act on each other (`mutual`)
            if predicate and self._proxy_allows(a, predicate) and self._proxy_allows(b, predicate):
                self.found.append(Found(a.actor, predicate, b.actor, trigger, rule))
                # (a deal or meeting of three or more parties has no two sides for a later "the ceasefire" or
                # "the two sides" to mean)
                bilateral = len({c.actor.id for c in distinct if not c.proxy}) == 2
                if trigger is not None and bilateral:
                    self._note_told(trigger, predicate, a.actor, b.actor)
                if predicate == "AGREEMENT" and trigger is not None and bilateral:
                    self.ctx.last_deal = (self._position(trigger), [a.actor, b.actor])
                if trigger is not None and bilateral and a.actor.type == b.actor.type == "person":
                    self._note_leaders_pair(a.actor, b.actor, self._position(trigger))
                emitted = True
        return emitted
