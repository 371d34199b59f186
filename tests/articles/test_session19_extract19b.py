"""Session 19 (extract19b): constructions where both actors are named in one sentence and no relation was
found, tested on sentences of our own: grievances conveyed to the other side, a visit made at
someone's invitation, patience running out, a group living or training on another's soil, and the object
pronoun of a second coordinated verb."""


def test_reservations_or_representations_conveyed_are_a_protest(triples):
    found = triples("Peru conveyed its strong reservations to the Chilean ambassador in Lima.")
    assert ("Peru", "PROTEST", "Chile") in found
    found = triples("Beijing lodged stern representations with Washington over the arms sale.")
    assert ("China", "PROTEST", "United States") in found
    # reservations about a thing, or representation in a body, protest to no one
    found = triples("Kenya expressed reservations about the Ugandan plan.")
    assert not any(p == "PROTEST" for _, p, _ in found)
    found = triples("Fiji wants fair representation for Tonga in the forum.")
    assert not any(p == "PROTEST" for _, p, _ in found)


def test_the_host_who_invited_a_visitor_meets_them(triples):
    found = triples("Xi Jinping arrived in Moscow at the invitation of Vladimir Putin.")
    assert ("Xi Jinping", "CONSULTATION", "Vladimir Putin") in found
    found = triples("Narendra Modi is on a state visit to the Maldives at the invitation of President Mohamed Muizzu.")
    assert ("Narendra Modi", "CONSULTATION", "Mohamed Muizzu") in found
    # an invitation declined is no meeting
    found = triples("Lula declined an invitation of Vladimir Putin to visit Moscow.")
    assert not any(p == "CONSULTATION" for _, p, _ in found)


def test_patience_running_out_with_someone_is_a_threat(triples):
    assert ("Pakistan", "THREAT", "Afghanistan") in triples("Pakistan's patience with Afghanistan is wearing thin.")
    assert ("Colombia", "THREAT", "Venezuela") in triples("Colombia has lost patience with Venezuela.")
    found = triples("Pakistan praised the patience of the Afghan negotiators.")
    assert not any(p == "THREAT" for _, p, _ in found)


def test_living_or_training_on_anothers_soil_is_a_base_or_a_presence(triples):
    found = triples("Fighters of the ELN hide and train on Venezuelan soil.")
    assert ("National Liberation Army", "BASED_IN", "Venezuela") in found
    found = triples("American troops train on Polish soil.")
    assert ("United States", "MILITARY_PRESENCE", "Poland") in found
    # training someone is no presence of one's own
    found = triples("Britain trains Ukrainian soldiers.")
    assert not any(p in ("BASED_IN", "MILITARY_PRESENCE") for _, p, _ in found)


def test_the_object_pronoun_of_a_second_coordinated_verb_is_the_first_verbs_object(triples):
    found = triples("Russia questioned two Estonian border guards and later expelled them.")
    assert ("Russia", "COERCION", "Estonia") in found
    found = triples("Egypt welcomed three Sudanese ministers and sanctioned them a week later.")
    assert ("Egypt", "COERCION", "Sudan") in found


def test_a_past_verb_after_the_gerund_of_a_charge_is_the_charging_verbs_conjunct(triples):
    found = triples("Washington accused three Mexican banks of laundering money for cartels and cut them off "
                    "from transfers.")
    assert ("United States", "CRITICISM", "Mexico") in found
    assert ("United States", "COERCION", "Mexico") in found
    # two gerunds of one charge stay the charge's
    found = triples("Israel accused Iran of arming the Houthis and funding Hezbollah.")
    assert ("Iran", "ARMS_TRANSFER", "Houthis") in found


def test_an_indirect_object_receives_the_noun_trigger(triples):
    found = triples("Mexico sent the United States a diplomatic note demanding an explanation.")
    assert ("Mexico", "PROTEST", "United States") in found
    found = triples("Vietnam paid Laos a two-day visit in May.")
    assert ("Vietnam", "CONSULTATION", "Laos") in found


def test_training_and_intelligence_given_shared_or_received_are_aid(triples):
    assert ("United States", "AID", "Colombia") in triples("The Colombian army receives American training and intelligence.")
    assert ("United States", "AID", "Colombia") in triples("Washington shares intelligence with Bogota.")
    assert ("United Kingdom", "AID", "Kenya") in triples("Britain provides training to the Kenyan army.")
    # a border or a worry shared is no aid
    found = triples("Washington shares a border with Mexico. France shares Germany's concern about Russia.")
    assert not any(p == "AID" for _, p, _ in found)


def test_a_force_or_coalition_led_by_someone_acts_as_its_leader(triples):
    assert ("Saudi Arabia", "ATTACK", "Yemen") in triples("A coalition led by Saudi Arabia struck Yemen.")
    assert ("Kenya", "MILITARY_PRESENCE", "Haiti") in triples("A force led by Kenya deployed to Haiti in 2024.")
    # a force named with its own body stays the body's
    found = triples("The ECOWAS force led by Nigeria deployed to Gambia.")
    assert ("Nigeria", "MILITARY_PRESENCE", "Gambia") not in found


def test_rejecting_a_deal_named_with_its_parties_rejects_them(triples):
    found = triples("Somalia rejected the deal between Ethiopia and Somaliland.")
    assert ("Somalia", "REJECTION", "Ethiopia") in found
    assert ("Somalia", "REJECTION", "Somaliland") in found
    found = triples("Kenya rejected its trade agreement with Uganda.")
    assert ("Kenya", "REJECTION", "Uganda") in found
    # the rejecter is never its own party
    assert ("Kenya", "REJECTION", "Kenya") not in found


def test_mediating_or_interceding_with_a_side_mediates_with_it(triples):
    assert ("Qatar", "MEDIATION", "Hamas") in triples("Qatar interceded with Hamas on behalf of Egypt.")
    assert ("Oman", "MEDIATION", "Houthis") in triples("Oman mediated with the Houthis for months.")
    # with someone's support is no side dealt with
    found = triples("Turkey mediated with Russia's support.")
    assert ("Turkey", "MEDIATION", "Russia") not in found


def test_vessels_driven_or_chased_away_are_coerced(triples):
    found = triples("The Chinese coast guard drove Philippine vessels away from the shoal.")
    assert ("China", "COERCION", "Philippines") in found
    # driving a bargain with someone coerces no one
    found = triples("Kenya drove a hard bargain with Uganda.")
    assert not any(p == "COERCION" for _, p, _ in found)


def test_ties_wanted_or_restored_to_someone_relate_them(triples):
    found = triples("Greenland wants close ties to the U.S. and Denmark.")
    assert ("Greenland", "COOPERATION", "Denmark") in found
    assert ("Greenland", "COOPERATION", "United States") in found
    assert ("Turkey", "AGREEMENT", "Syria") in triples("Ankara restored ties to Damascus in 2024.")
    # what is wanted must be ties: troops wanted somewhere are no cooperation
    found = triples("Kenya wants to send troops to Haiti.")
    assert not any(p == "COOPERATION" for _, p, _ in found)
