"""Session 29 (bodies29): offices and forces named without their state (sentences of our own).

- A title with words that say when it was held ("the former defence minister", "the then army chief",
  "former vice-president") or with its portfolio after it ("the Minister for Trade and Industry", "the Under
  Secretary for Policy") is as bare as the title alone: its holder serves the state the sentence, paragraph,
  dateline or document makes clear. A portfolio that names a state says whose office it is.
- What a titled official says of someone ("The information minister, X, said that Y's allies were held") does
  not make the official serve another state than Y's.
- A state's own police and courts arrest and try their own: "Ecuadorian police arrested former vice-president X"
  makes X Ecuador's, while "Russia expelled Ambassador Y" still rules Russia out.
- "The army", "the air force" before the text has named any state's forces: the forces of the state the story
  was filed from (its dateline), else of the state the document is about; no one when neither stands out.
- "The military regime" (or junta) read as a state's forces is what a later "the regime" stands for in the
  section, not the armed group named last.
- An unknown "Prime Minister X" or "President Y" read as serving a state whose holders since 2020 the gazetteer
  lists serves the other state of the pair the story is about when that one has none listed; else as read.
- "The Ministry of Foreign Affairs" with no state in its of-phrase is a bare ministry, "the foreign ministry":
  the state whose foreign ministry the text named, else the dateline's, as before for "the foreign ministry".
- A leader the gazetteer knows in an office since left, named in a document written while it was held, held it
  ("Joe Biden" in a 2024 story); in a later document, not.
- "The two coast guards", "both parliaments" (bodies a state has one of) are the pair, as "the two governments"
  are; "the two ministries" are not (one state's foreign and defence ministries are two).
"""


def test_a_former_or_new_office_holder_serves_the_state_the_dateline_names(triples):
    found = triples("LIMA, 3 May 2025 (Andes Wire) - Peru recalled its ambassador from Santiago on Friday.\n\n"
                    "The former defence minister, Rosa Ibáñez, said the decision came too late.")
    assert ("Rosa Ibáñez", "AFFILIATED_WITH", "Peru") in found


def test_a_former_rank_or_trade_is_no_office_of_the_state(triples):
    found = triples("PORT-AU-PRINCE, 3 May 2025 (Island Wire) - Haiti extended its state of emergency.\n\n"
                    "The coalition is led by the former police officer Jean Dorval, who was sanctioned by the UN.")
    assert ("Jean Dorval", "AFFILIATED_WITH", "Haiti") not in found


def test_a_portfolio_written_after_the_title_names_no_one(triples):
    found = triples("CANBERRA, 9 June 2025 (Pacific Wire) - Australia will buy eleven frigates.\n\n"
                    "The decision was announced by the Minister for Trade and Industry, Lucia Parra.")
    assert ("Lucia Parra", "AFFILIATED_WITH", "Australia") in found


def test_a_portfolio_that_names_a_state_says_whose_office_it_is(triples):
    found = triples("CANBERRA, 9 June 2025 (Pacific Wire) - Australia will buy eleven frigates.\n\n"
                    "The deal was welcomed by the Minister for Foreign Affairs of Japan, Kenta Mori.")
    assert ("Kenta Mori", "AFFILIATED_WITH", "Australia") not in found


def test_a_person_the_official_speaks_of_does_not_decide_whom_the_official_serves(triples):
    found = triples("JUBA, 20 March 2025 (Nile Wire) - South Sudan's government tightened security in the "
                    "capital.\n\nThe information minister, Deng Akol, said on Sunday that Riek Machar's allies "
                    "were being held for questioning.")
    assert ("Deng Akol", "AFFILIATED_WITH", "South Sudan") in found


def test_police_arresting_a_former_official_leave_the_official_their_own_state(triples):
    # (the paragraph's main subject, Mexico, would otherwise be taken for the office's state)
    found = triples("After the raid in Quito, Mexico takes Ecuador to court\n\n"
                    "Mexico broke off relations with Ecuador on Friday. Ecuadorian police forced their way into the "
                    "Mexican embassy and arrested former vice-president Mario Lenz.")
    assert ("Mario Lenz", "AFFILIATED_WITH", "Ecuador") in found
    assert ("Mario Lenz", "AFFILIATED_WITH", "Mexico") not in found


def test_an_envoy_a_state_expels_still_serves_another_state(triples):
    found = triples("Russia and Estonia quarrelled again this week. Russia expelled Ambassador Tomas Ruud on "
                    "Monday.")
    assert ("Tomas Ruud", "AFFILIATED_WITH", "Russia") not in found


def test_the_army_before_any_forces_are_named_is_the_dateline_states(triples):
    found = triples("KHARTOUM, 2 May 2024 (Nile Wire) - Fighting spread on Thursday.\n\n"
                    "The army accused the United Arab Emirates of arming its enemies.")
    assert ("Sudan", "CRITICISM", "United Arab Emirates") in found


def test_the_army_with_no_dateline_and_no_state_standing_out_is_no_one(triples):
    found = triples("Chad and Sudan exchanged accusations on Thursday.\n\n"
                    "The army accused the United Arab Emirates of arming its enemies.")
    assert not any(p == "CRITICISM" and o == "United Arab Emirates" for _, p, o in found)


def test_once_a_states_forces_are_named_the_army_is_theirs_not_the_datelines(triples):
    found = triples("KHARTOUM, 2 May 2024 (Nile Wire) - Chadian troops crossed the border on Thursday.\n\n"
                    "The army accused the United Arab Emirates of arming the rebels.")
    assert ("Sudan", "CRITICISM", "United Arab Emirates") not in found


def test_the_regime_after_the_military_regime_is_the_same_state_not_the_group_named_last(triples):
    found = triples("Myanmar's armed forces seized power in 2021. The military regime still detains the country's "
                    "elected leaders.\n\nThe Arakan Army and the Ta'ang National Liberation Army launched an offensive "
                    "in October. Drones and jets delivered by Russia continue to enable the regime's air campaign.")
    assert ("Russia", "ARMS_TRANSFER", "Myanmar") in found
    assert ("Russia", "ARMS_TRANSFER", "Ta'ang National Liberation Army") not in found


def test_the_two_coast_guards_are_the_pair_of_states_named_before(triples):
    found = triples("Indonesia and Malaysia held talks in Jakarta on Monday. The two coast guards signed an "
                    "agreement on joint patrols.")
    assert ("Indonesia", "AGREEMENT", "Malaysia") in found or ("Malaysia", "AGREEMENT", "Indonesia") in found


def test_the_two_ministries_may_be_one_states_and_point_to_no_pair(triples):
    found = triples("Peru's foreign and defence ministries issued a joint statement on Monday about Bolivia. The two "
                    "ministries signed an agreement with Brazil.")
    assert ("Bolivia", "AGREEMENT", "Brazil") not in found and ("Peru", "AGREEMENT", "Bolivia") not in found


def test_an_unknown_prime_minister_is_not_the_one_of_a_state_whose_prime_ministers_are_known(triples):
    # New Zealand's prime ministers since 2020 are in the gazetteer: the unknown one serves the other side
    found = triples("New Zealand paused its budget support to Niue. New Zealand said Niue had not consulted it. "
                    "Niue and New Zealand have been in free association for decades, and New Zealand funds "
                    "Niue's hospital.\n\nNew Zealand raised the matter again in May. Prime Minister Sione Vaha "
                    "signed two agreements during a visit to Beijing in March.")
    assert ("Sione Vaha", "AFFILIATED_WITH", "New Zealand") not in found
    assert ("Sione Vaha", "AFFILIATED_WITH", "Niue") in found


def test_an_unknown_leader_with_no_other_state_in_sight_stays_the_one_read(triples):
    # (the gazetteer is as of its date: a leader who took office since is unknown to it)
    found = triples("France hosted a summit on Monday. France said the talks had gone well, and President Lucien "
                    "Marchand thanked the delegates.")
    assert ("Lucien Marchand", "AFFILIATED_WITH", "France") in found


def test_the_ministry_of_foreign_affairs_named_bare_is_the_datelines_state(triples):
    found = triples("HANOI, 4 June 2025 (Delta Wire) - Vietnam and China held talks on fishing rights.\n\n"
                    "On Friday the Ministry of Foreign Affairs said it rejected China's new map of the sea.")
    assert ("Vietnam", "REJECTION", "China") in found


def test_a_bare_ministry_of_foreign_affairs_is_the_state_whose_foreign_ministry_was_named(triples):
    found = triples("Kenya's foreign ministry and Somalia's defence ministry both issued statements on Monday about "
                    "the border.\n\nThe Ministry of Foreign Affairs said it rejected Ethiopia's claims.")
    assert ("Kenya", "REJECTION", "Ethiopia") in found
    assert ("Somalia", "REJECTION", "Ethiopia") not in found


def test_a_ministry_whose_of_phrase_names_its_state_is_that_states(triples):
    found = triples("MOSCOW, 4 June 2025 (Steppe Wire) - Russia expelled two diplomats on Friday.\n\n"
                    "The Ministry of Foreign Affairs of Ukraine said it rejected Russia's claims.")
    assert ("Russia", "REJECTION", "Russia") not in found
    assert not any(s == "Russia" and p == "REJECTION" for s, p, _ in found)


def test_a_known_leader_named_while_in_office_holds_it_though_the_gazetteer_says_it_ended(triples):
    text = "Joe Biden met leaders in Lima, and the United States promised Peru new investment."
    assert ("Joe Biden", "AFFILIATED_WITH", "United States") in triples(text, date="2024-11-16")
    # written after he left office: the text may be about any time
    assert ("Joe Biden", "AFFILIATED_WITH", "United States") not in triples(text, date="2026-03-02")
