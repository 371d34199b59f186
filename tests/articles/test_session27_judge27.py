"""Session 27 (judge27): the stance family, told in ways the triggers did not read (sentences of our own).

- Congratulating someone, or praising them by name, backs them (SUPPORT).
- A hostile deed a speaker lays at someone's door ("said Y was behind the arson", "said the blaze was ordered by
  Y", "the target of a cyberattack by Y") is the speaker's CRITICISM of Y; the same words with no speaker, a
  denied clause or a speaker naming itself accuse no one.
"""


def test_congratulating_someone_backs_them(triples):
    found = triples("Ghana congratulated Togo on the peaceful vote.")
    assert ("Ghana", "SUPPORT", "Togo") in found
    found = triples("Maduro was declared the winner. Russia, China and Cuba congratulated him within days.")
    for state in ("Russia", "China", "Cuba"):
        assert (state, "SUPPORT", "Nicolás Maduro") in found


def test_praising_someone_by_name_backs_them_but_praise_for_a_deed_of_a_person_does_not(triples):
    found = triples("Spain praised Morocco in a statement on Tuesday.")
    assert ("Spain", "SUPPORT", "Morocco") in found
    found = triples("Donald Trump praised Vladimir Putin in an interview.")
    assert ("Donald Trump", "SUPPORT", "Vladimir Putin") in found
    # courtesy between persons for a personal quality is not bare praise (praise_for keeps to states and bodies)
    found = triples("Donald Trump praised Vladimir Putin for his courage.")
    assert ("Donald Trump", "SUPPORT", "Vladimir Putin") not in found


def test_a_speaker_who_says_someone_was_behind_a_deed_criticises_them(triples):
    found = triples("Prosecutors in Latvia have said that Russian military intelligence was behind the arson "
                    "attack in Riga.")
    assert ("Latvia", "CRITICISM", "Russia") in found
    found = triples("Kabul said Pakistan was behind the bombings.")
    assert ("Afghanistan", "CRITICISM", "Pakistan") in found


def test_a_deed_said_to_be_ordered_or_carried_out_by_someone_accuses_them(triples):
    found = triples("Prime Minister Donald Tusk said investigators knew for certain that the blaze was ordered "
                    "by Russian services.")
    assert ("Donald Tusk", "CRITICISM", "Russia") in found
    assert ("Poland", "CRITICISM", "Russia") in found
    found = triples("Kenya said the raid, carried out by al-Shabaab fighters, killed ten soldiers.")
    assert ("Kenya", "CRITICISM", "al-Shabaab") in found


def test_the_target_of_a_deed_by_someone_accuses_them_in_a_speakers_words(triples):
    found = triples("Seoul said it had been the target of a cyberattack by North Korea.")
    assert ("South Korea", "CRITICISM", "North Korea") in found


def test_no_speaker_a_denied_clause_or_a_speaker_naming_itself_accuses_no_one(triples):
    found = triples("The blaze was ordered by Russian services.")
    assert not any(p == "CRITICISM" for _, p, _ in found)
    found = triples("Estonia said Russia was not behind the fire.")
    assert ("Estonia", "CRITICISM", "Russia") not in found
    found = triples("Moscow said the strike was carried out by Russian forces.")
    assert not any(p == "CRITICISM" for _, p, _ in found)
    # being behind talks is no deed: no accusation
    found = triples("Ukraine said Russia was behind the talks.")
    assert ("Ukraine", "CRITICISM", "Russia") not in found
