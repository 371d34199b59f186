"""Session 16 (extract16a): actors named in an earlier sentence or by a reference: a ministry named bare
("the Treasury"), a chain of sentences opening with "It", support someone notes (sentences of our own)."""


def test_a_bare_ministry_is_the_state_whose_ministries_the_paragraph_names(triples):
    found = triples("The White House said it would review its ties with Caracas. "
                    "On Monday the Treasury sanctioned Venezuela's oil minister and froze the assets of PDVSA.")
    assert ("United States", "COERCION", "Venezuela") in found
    found = triples("Washington has grown impatient with Belgrade. On 3 May the State Department cut its "
                    "military aid to Serbia, and a week later the Treasury sanctioned Serbia.")
    assert ("United States", "COERCION", "Serbia") in found


def test_a_bare_ministry_is_the_state_whose_same_ministry_was_named_before(triples):
    found = triples("Canada's foreign ministry protested on Monday. Canada and Peru have quarrelled over mining "
                    "for years. On Friday the foreign ministry summoned the Peruvian ambassador.")
    assert ("Canada", "PROTEST", "Peru") in found


def test_a_bare_ministry_with_no_ministry_named_is_no_one(triples):
    found = triples("Colombia and Venezuela quarrelled over the border. In March the Treasury sanctioned Venezuela.")
    assert not any(p == "COERCION" for _, p, _ in found)  # (not Colombia: the state named last is a guess)
    found = triples("The Kremlin and the Elysee both spoke of talks. The Treasury sanctioned Moldova.")
    assert not any(p == "COERCION" for _, p, _ in found)  # two states' ministries named: whose is not said


def test_a_ministry_acted_on_is_never_the_doers_own(triples):
    found = triples("The Pentagon confirmed the raid. Israel struck the defence ministry in Damascus on Monday.")
    assert ("Israel", "ATTACK", "United States") not in found
    assert ("Israel", "ATTACK", "Syria") in found


def test_the_ministry_of_a_press_release_is_its_state(triples):
    found = triples("The Ministry of Trade of Kenya welcomes the agreement.\n\n"
                    "The Ministry notes the support of the African Development Bank for the project.")
    assert ("African Development Bank", "SUPPORT", "Kenya") in found
    assert ("Kenya", "SUPPORT", "African Development Bank") not in found


def test_support_someone_thanks_or_notes_is_theirs_to_the_noter(triples):
    found = triples("Ghana welcomed the support of Japan in the talks.")
    assert ("Japan", "SUPPORT", "Ghana") in found
    assert ("Ghana", "SUPPORT", "Japan") not in found


def test_an_it_chain_stays_with_whom_it_opened_with(triples):
    found = triples("Chile recalls that it has always negotiated in good faith. It signed the draft that Bolivia "
                    "refused to sign. It then joined the talks held under the auspices of the Organization of "
                    "American States.")
    assert ("Organization of American States", "MEDIATION", "Chile") in found
    assert ("Organization of American States", "MEDIATION", "Bolivia") not in found
