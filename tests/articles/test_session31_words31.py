"""Session 31 (words31): how English news and analysts word each relation, read as data (sentences of our own).

The lexicon (``diplograph/loaders/articles/lexicon.yaml``) gains the plainer, stronger, British and idiomatic
wordings of every family, each with the roles it takes:

- criticism: "rapped", "vilified", "mocked", "railed against", "rounded on", "tore into", "complained about",
  "cried foul over", "bristled at";
- support and rejection: "propped up", "shielded", "advocated for", "disowned", "stonewalled", "balked at",
  "poured cold water on", "gave the cold shoulder", "shot down (a proposal)";
- coercion: "pressured", "compelled", "leaned on", "nationalised (X's assets)", "showed the door";
- talks and ties: "huddled with", "dined with", "rang", "rolled out the red carpet for", "mended ties", "boosted ties",
  "buried the hatchet", "joined forces with" (courting someone is no relation yet);
- force: "strafed", "pummelled", "came to blows", "scuffled with", "mustered troops near", "rattled sabres at";
- goods and money: "flogging drones to", "resupplied X with", "loaned", "bailed out", "pumped billions into";
- membership, rivalry, quarrels: "rejoined", "readmitted", "jostled for influence", "outbid", "sparred over",
  "locked horns", "argued over";
- phrasal verbs whose particle makes the sense: "hit back at" (words, unless strikes are named), "reached out to",
  "signed off on (a bid)", "pushed back against", "cracked down on", "stood up to", "pulled / backed out of a deal",
  "walked out of talks with", "took out", "locked up", "hauled in (an envoy)", "put X on notice", "extended an
  olive branch to", "hit X with sanctions".

Look-alikes keep their own sense: "rounded up migrants", "tore up the deal", "spoke at the UN", "sent water to Gaza",
"argued that ...", "ran a company", "shot down a drone".
"""

import pytest


@pytest.mark.parametrize("sentence, triple", [
    ("Ghana rapped Togo for closing the border.", ("Ghana", "CRITICISM", "Togo")),
    ("Turkey vilified Greece in a statement on Monday.", ("Turkey", "CRITICISM", "Greece")),
    ("Iran mocked the United States after the summit.", ("Iran", "CRITICISM", "United States")),
    ("Pakistan railed against India at a press conference.", ("Pakistan", "CRITICISM", "India")),
    ("Russia rounded on Poland after the incident.", ("Russia", "CRITICISM", "Poland")),
    ("Serbia tore into Kosovo over the arrests.", ("Serbia", "CRITICISM", "Kosovo")),
    ("Hungary complained about Ukraine's language law.", ("Hungary", "CRITICISM", "Ukraine")),
    ("Venezuela cried foul over Guyana's oil licences.", ("Venezuela", "CRITICISM", "Guyana")),
])
def test_criticism_in_the_news_s_words(triples, sentence, triple):
    assert triple in triples(sentence)


@pytest.mark.parametrize("sentence, triple", [
    ("Russia propped up Syria for a decade.", ("Russia", "SUPPORT", "Syria")),
    ("The United States shielded Israel at the Security Council.", ("United States", "SUPPORT", "Israel")),
    ("Qatar advocated for Palestine at the summit.", ("Qatar", "SUPPORT", "Palestine")),
    ("India disowned Pakistan's peace offer.", ("India", "REJECTION", "Pakistan")),
    ("Azerbaijan balked at Armenia's demands.", ("Azerbaijan", "REJECTION", "Armenia")),
    ("Israel poured cold water on France's proposal.", ("Israel", "REJECTION", "France")),
    ("Serbia gave Kosovo the cold shoulder.", ("Serbia", "REJECTION", "Kosovo")),
    ("Moscow shot down Kyiv's proposal for talks.", ("Russia", "REJECTION", "Ukraine")),
])
def test_backing_and_refusing(triples, sentence, triple):
    assert triple in triples(sentence)


def test_a_proposal_shot_down_is_no_attack(triples):
    assert ("Russia", "ATTACK", "Ukraine") not in triples("Moscow shot down Kyiv's proposal for talks.")


@pytest.mark.parametrize("sentence, triple", [
    ("The United States pressured Mexico over migration.", ("United States", "COERCION", "Mexico")),
    ("Beijing leaned on Pyongyang to stop the tests.", ("China", "COERCION", "North Korea")),
    ("Kenya compelled Somalia to withdraw the claim.", ("Kenya", "COERCION", "Somalia")),
    ("Niger showed France the door.", ("Niger", "COERCION", "France")),
    ("Russia rattled its sabres at Finland.", ("Russia", "THREAT", "Finland")),
    ("North Korea brandished nuclear weapons at South Korea.", ("North Korea", "THREAT", "South Korea")),
])
def test_pressure_and_threats(triples, sentence, triple):
    assert triple in triples(sentence)


@pytest.mark.parametrize("sentence, triple", [
    ("Blinken huddled with Wang Yi in Munich.", ("Antony Blinken", "CONSULTATION", "Wang Yi")),
    ("Erdogan rang Putin on Tuesday.", ("Vladimir Putin", "CONSULTATION", "Recep Tayyip Erdoğan")),
    ("Biden rolled out the red carpet for Modi.", ("Joe Biden", "CONSULTATION", "Narendra Modi")),
    ("Turkey and Egypt mended ties last year.", ("Turkey", "COOPERATION", "Egypt")),
    ("Vietnam and the United States boosted ties.", ("Vietnam", "COOPERATION", "United States")),
    ("Japan improved relations with South Korea.", ("Japan", "COOPERATION", "South Korea")),
    ("Israel and the UAE buried the hatchet.", ("Israel", "COOPERATION", "United Arab Emirates")),
    ("Ghana joined forces with Nigeria against piracy.", ("Ghana", "COOPERATION", "Nigeria")),
    ("Oman orchestrated talks between Iran and the United States.", ("Oman", "MEDIATION", "Iran")),
])
def test_talks_ties_and_go_betweens(triples, sentence, triple):
    found = triples(sentence)
    assert triple in found or (triple[2], triple[1], triple[0]) in found


@pytest.mark.parametrize("sentence, triple", [
    ("Israeli jets strafed Lebanese villages.", ("Israel", "ATTACK", "Lebanon")),
    ("Indian and Chinese troops came to blows in Ladakh.", ("India", "ARMED_CLASH", "China")),
    ("Venezuela mustered troops near Guyana.", ("Venezuela", "MOBILIZATION", "Guyana")),
    ("India ran exercises with France.", ("India", "MILITARY_EXERCISE", "France")),
    ("Turkey was flogging drones to Ethiopia.", ("Turkey", "ARMS_TRANSFER", "Ethiopia")),
    ("The United States resupplied Israel with bombs.", ("United States", "ARMS_TRANSFER", "Israel")),
    ("Japan loaned $2 billion to Egypt.", ("Japan", "AID", "Egypt")),
    ("Saudi Arabia bailed out Pakistan again.", ("Saudi Arabia", "AID", "Pakistan")),
    ("Mongolia rejoined the WTO.", ("Mongolia", "MEMBER_OF", "World Trade Organization")),
    ("Gabon was readmitted to the African Union.", ("Gabon", "MEMBER_OF", "African Union")),
    ("India and China jostled for influence in Nepal.", ("India", "RIVALRY", "China")),
    ("India and Pakistan sparred over Kashmir.", ("India", "DISPUTE", "Pakistan")),
    ("Greece and Turkey locked horns over the Aegean.", ("Greece", "DISPUTE", "Turkey")),
    ("Ethiopia and Egypt argued over the dam.", ("Ethiopia", "DISPUTE", "Egypt")),
])
def test_force_goods_membership_and_quarrels(triples, sentence, triple):
    found = triples(sentence)
    assert triple in found or (triple[2], triple[1], triple[0]) in found


@pytest.mark.parametrize("sentence, predicate", [
    ("Turkish police rounded up Afghan migrants in Istanbul.", "CRITICISM"),
    ("Pakistan spoke at the United Nations on Tuesday.", "CRITICISM"),
    ("Ethiopia and Egypt argued that the talks should resume.", "DISPUTE"),
    ("Jordan sent water to Gaza.", "REJECTION"),
    ("Niger showed France's ambassador the new embassy.", "COERCION"),
    ("Biden rolled out a new plan for Modi.", "CONSULTATION"),
    ("Kenya ran a campaign with Uganda.", "MILITARY_EXERCISE"),
    ("Israel poured money into Lebanon.", "REJECTION"),
    ("Greece and Turkey locked the gates over the Aegean.", "DISPUTE"),
])
def test_look_alikes_keep_their_own_sense(triples, sentence, predicate):
    assert not any(p == predicate for _, p, _ in triples(sentence))


def test_courting_is_no_cooperation_yet(triples):
    assert not any(p == "COOPERATION" for _, p, _ in triples("Bahrain is talking to Tehran and courting Moscow."))


def test_a_drone_shot_down_is_still_an_attack(triples):
    assert ("Russia", "ATTACK", "Ukraine") in triples("Russia shot down a Ukrainian drone over Belgorod.")


@pytest.mark.parametrize("sentence, triple", [
    ("Beijing hit back at Washington over the tariffs.", ("China", "CRITICISM", "United States")),
    ("India reached out to the Taliban.", ("India", "CONSULTATION", "Taliban")),
    ("Moscow pushed back against NATO's plans.", ("Russia", "REJECTION", "North Atlantic Treaty Organization")),
    ("Egypt cracked down on Hamas's smuggling tunnels.", ("Egypt", "COERCION", "Hamas")),
    ("Mali stood up to France.", ("Mali", "REJECTION", "France")),
    ("Washington pulled out of the nuclear deal with Iran.", ("United States", "REJECTION", "Iran")),
    ("Niger backed out of its deal with France.", ("Niger", "REJECTION", "France")),
    ("Israel took out a Hezbollah commander in Lebanon.", ("Israel", "ATTACK", "Hezbollah")),
    ("India locked up Pakistani fishermen.", ("India", "COERCION", "Pakistan")),
    ("China put Taiwan on notice.", ("China", "THREAT", "Taiwan")),
    ("Turkey extended an olive branch to Armenia.", ("Turkey", "COOPERATION", "Armenia")),
    ("The EU hit Russia with new sanctions.", ("European Union", "COERCION", "Russia")),
    ("Russia pulled its ambassador from Moldova.", ("Russia", "PROTEST", "Moldova")),
    ("Hezbollah hurled rockets at Israel.", ("Hezbollah", "ATTACK", "Israel")),
    ("Hungary signed off on Sweden's NATO membership.", ("Hungary", "SUPPORT", "Sweden")),
])
def test_phrasal_verbs_whose_particle_makes_the_sense(triples, sentence, triple):
    assert triple in triples(sentence)


@pytest.mark.parametrize("sentence, predicate", [
    ("Israel hit back at Hezbollah with air strikes.", "CRITICISM"),
    ("Kenya took out a loan from China.", "ATTACK"),
    ("Niger backed its deal with France.", "REJECTION"),
    ("Ukrainian troops pushed back Russian forces near Kharkiv.", "REJECTION"),
    ("Mali stood with France at the summit.", "REJECTION"),
])
def test_the_same_verbs_without_their_particle(triples, sentence, predicate):
    assert not any(p == predicate for _, p, _ in triples(sentence))
