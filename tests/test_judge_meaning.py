"""The judge checks meaning: paraphrases are accepted, changed names, numbers, dates, roles
and negations are caught, each with its reason, at the level users see (the response)."""

from __future__ import annotations

import pytest

from assistant.judge.meaning import dates, names_in, quantities, roles, slot_rival
from assistant.nlp import parse

from .conftest import CORPUS


def test_numbers_are_read_however_they_are_written() -> None:
    assert quantities("a five-week strike by nine thousand workers") == [5, 9000]
    assert quantities("It cost $4.2 million; the vote was 7 to 2.") == [4_200_000, 7, 2]
    assert quantities("thirty-eight and a half percent of 158,970 voters") == [38.5, 158_970]
    assert dates("On Friday 12 May 1932")["weekday"] == {"friday"} and dates("in Sept. 2020")["month"] == {"september"}
    # "may" and "march" in lower case are verbs; "Mary", "Maya" and "Mark" are no abbreviations
    assert dates("He may face trial; they march on.")["month"] == dates("Mary, Maya and Mark")["month"] == set()
    assert dates("On Dec. 5 and in May")["month"] == {"december", "may"}


def test_roles_read_the_passive_as_the_active() -> None:
    active, passive = parse("Portland defeated Seattle in the final."), parse("Seattle was defeated by Portland.")
    assert roles(active) == roles(passive) == {("portl", "defeat", "seatt")}


def test_a_name_in_the_slot_of_another_has_that_one_as_its_rival() -> None:
    copied = parse("Luton (CNN) A man was charged, London's police said.")
    assert slot_rival(copied, parse("London (CNN) A man was charged, London's police said."), "Luton") == "London"
    # a person for a nationality is a rewording, not a swap; a rewritten sentence has no slots
    assert slot_rival(parse("Putin's delegation will include Lavrov."),
                      parse("The Russian delegation will include Lavrov."), "Putin") == ""
    assert slot_rival(parse("Luton is where the man landed before the police charged him."),
                      parse("London (CNN) A man was charged, London's police said."), "Luton") == ""


def test_names_match_by_spelling_and_by_a_peoples_ending_not_by_a_prefix() -> None:
    assert names_in("Ukrainian", "officials in Ukraine") and names_in("Serguei", "Sergei Lavrov")
    assert not names_in("FedEx", "a federal court") and not names_in("Ahmadinejad", "Abdolhamid Ahmadi")
    assert not names_in("Iraqi", "Iranian troops")


@pytest.fixture(scope="module")
def judge():  # type: ignore[no-untyped-def]
    from assistant.components import build_judge
    from assistant.settings import load_settings

    return build_judge("offline", load_settings())


COUNCIL = ("The city council voted 7 to 2 on Tuesday to approve the new tram line. Councillor Mia Lind, who voted "
           "against, said the five-week consultation had been too short. About 9,000 residents signed a petition. "
           "The case was heard at Hordaland District Court, which did not publish the ruling.")

# (claim, the reason it must give): the errors the audit found, each in a near-verbatim copy
ERRORS = [
    ("The city council voted 9 to 2 on Tuesday to approve the new tram line.", "number: 9 vs 7"),
    ("The city council voted 7 to 2 on Friday to approve the new tram line.", "date: Friday vs Tuesday"),
    ("The case was heard at Bergen District Court.", "entity: Bergen District Court vs Hordaland District Court"),
    ("The case was heard at Hordaland District Court, which published the ruling.", "negation:"),
    ("The new tram line approved the city council.", "role:"),
    ("Councillor Mia Lind, who voted against, said the consultation had been too short and that engineers had "
     "hidden cost overruns from tenants.", "detail:"),
]
# (claim, kind): faithful paraphrases, one per kind
PARAPHRASES = [
    ("The new tram line was approved by the city council on Tuesday, by seven votes to two.", "voice + numbers"),
    ("On Tuesday, the council backed the new tram line, 7 votes to 2.", "synonym + clause order"),
    ("Mia Lind, a councillor who opposed the plan, said that the five week consultation was too short.", "synonym"),
    ("Roughly nine thousand residents signed a petition.", "numbers as words"),
    ("Hordaland District Court, where the case was heard, did not publish its ruling.", "restructure"),
    ("The council approved the tram line 7 to 2; Lind, who voted against, called the consultation too short.",
     "summary"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("claim", "reason"), ERRORS)
def test_an_error_makes_the_response_unsupported_and_says_why(judge, claim: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    verdict = judge.judge(claim, [COUNCIL])
    assert not verdict.supported, verdict
    reasons = [r for c in verdict.claims for r in c.reasons]
    assert any(r.startswith(reason) for r in reasons), reasons
    assert verdict.to_dict()["claims"][0]["reasons"]  # printed with the verdict


@pytest.mark.slow
@pytest.mark.parametrize(("claim", "kind"), PARAPHRASES)
def test_faithful_paraphrases_are_supported(judge, claim: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    verdict = judge.judge(claim, [COUNCIL])
    assert verdict.supported, (kind, [r for c in verdict.claims for r in c.reasons])


@pytest.mark.slow
def test_one_contradicted_claim_makes_the_record_unsupported(judge) -> None:  # type: ignore[no-untyped-def]
    verdict = judge.judge("The council approved the new tram line. Mia Lind voted in favour of it.", [COUNCIL])
    assert [c.supported for c in verdict.claims] == [True, False] and not verdict.supported


@pytest.mark.slow
@pytest.mark.parametrize("claim", [
    "Trump and Putin are due to meet this Friday in Alaska.",
    "The venue was picked partly for its symbolism, since it lies near the graves of Soviet pilots.",
    "Putin's delegation is set to include Foreign Minister Sergei Lavrov, Defence Minister Andrei Belousov and "
    "Economy Minister Anton Siluanov.",
])
def test_a_models_faithful_paraphrases_of_the_bundled_corpus_are_supported(judge, claim: str) -> None:  # type: ignore[no-untyped-def]
    """The three sentences verification used to cut from a model's answer (issue 14)."""
    sources = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.iterdir())]
    verdict = judge.judge(claim, sources)
    assert verdict.supported, [r for c in verdict.claims for r in c.reasons]


# Entity swaps that used to pass (issue 14): the new name is said elsewhere in the sources, so
# only its slot in the copied sentence gives it away, whatever label the recogniser gives either.
NEWS = ("London (CNN) A 19-year-old man was charged on Wednesday after he returned to Britain from Turkey, "
        "London's Metropolitan Police said. He had flown into Luton airport. "
        "Gordon Getty is one of three living sons of J. Paul Getty, the oil baron. "
        "Getty's friend Meghan Aguilar spoke at the funeral. "
        "A 15-count indictment was filed in federal court in California. It accuses FedEx of shipping illegal drugs. "
        "Deputy Sports Minister Abdolhamid Ahmadi said the plan would start next year. "
        "Former president Mahmoud Ahmadinejad opposed it. "
        "The singer was bedridden for five months after contracting Lyme disease. She later toured with Nickelback.")

# What a summary does to its article and the judge must not take for an error (HaluEval's right
# summaries, dev): it gathers a name from another sentence about the same thing, writes an
# organisation by its initials, a common word with a capital, a title, "may" for "could",
# "season five" for "the fifth season", "the Palestinian teenager" for his name.
GATHERED = ("Two students were charged on Monday with sexual battery, the Bay County Sheriff's Office in Florida "
            "said. Both students attend Troy University in Alabama and were suspended by the university on "
            "Tuesday. Staff from the Centers for Disease Control and Prevention will meet the ship in San Diego. "
            "Police said the suspect had fled the city in a car. Officers searched the area for a week and found "
            "nothing. The man was later identified as Sid Ahmed Ghlam, Interior Minister Paul Marchand told the "
            "broadcaster TF1. Robert Schuller, the televangelist, died on Thursday at 88. The show is hosted by Mike "
            "Rowe, who grew up in Baltimore. On Thursday the host visited the plant for an episode of his show. "
            "Palestinian officials said the teenager, Tom Keller, was 16 and lived in Jerusalem. Tom Keller was "
            "beaten and burned by three men, the police say.")
DATED = ("Officials said the trial could last four weeks. The fifth season of the show begins on Sunday, two days "
         "after the verdict. In April, police detained women who had planned a protest. Human rights groups said "
         "the women remain detained.")
ALBUM = ("The Princess Bride is a soundtrack album by British singer-songwriter and guitarist Mark Knopfler, "
         "released on 12 November 1987. He was born in Glasgow but raised near Newcastle upon Tyne, England. The "
         "Healthy Kids Program is a program administered by the United States Department of Health and Human "
         "Services that provides matching funds to states. In California, Medi-Cal runs the Healthy Kids Program "
         "and provides funds to families.")
SWAPS = [
    # the replaced name is still said later in the sentence
    (NEWS, "Luton (CNN) A 19-year-old man was charged on Wednesday after he returned to Britain from Turkey, "
     "London's Metropolitan Police said.", "entity: Luton vs London"),
    # "Getty" is still said (J. Paul Getty)
    (NEWS, "Meghan Aguilar is one of three living sons of J. Paul Getty, the oil baron.",
     "entity: Meghan Aguilar vs Gordon Getty"),
    # "FedEx" is not "federal"
    (NEWS, "A 15-count indictment was filed in federal court in FedEx.", "entity: FedEx vs California"),
    # "Ahmadinejad" is not "Ahmadi"
    (NEWS, "Deputy Sports Minister Mahmoud Ahmadinejad said the plan would start next year.",
     "entity: Mahmoud Ahmadinejad vs Abdolhamid Ahmadi"),
    # a band for a disease: the recogniser calls one a person, the other an organisation
    (NEWS, "The singer was bedridden for five months after contracting Nickelback disease.",
     "entity: Nickelback vs Lyme"),
    # what a summary gathers, with an error: the judge still names it
    (GATHERED, "Two students were charged on Monday with sexual battery, the Bay County Sheriff's Office in "
               "Alabama said.", "entity: Alabama vs Florida"),
    (GATHERED, "The CDC will meet the ship in Baltimore.", "entity: Baltimore vs San Diego"),
    (DATED, "The trial may last four weeks in May.", "date: May vs April"),
    # "Mary" names no month, so "March" is not in the sources
    ("Mary Hale said the club won the cup in April.", "Mary Hale said the club won the cup in March.",
     "date: March vs April"),
    # a name in the slot of another in a claim that copies part of a long sentence, the swapped-in
    # name said in a sentence nearby; and a rival spelt with an apostrophe
    ("Nadia Leone sold the old brick house on Elm Street in 1999; it's due to become a church next spring, the "
     "city council said in a statement published on its website on Friday afternoon. Carla Brandt, a neighbour, "
     "later wrote a book about the street.",
     "Carla Brandt sold the old brick house on Elm Street in 1999; it's due to become a church.",
     "entity: Carla Brandt vs Nadia Leone"),
    ("In a March poll of Democrats, only 1% picked O'Malley. Clinton leads most polls of Democrats by 40 points.",
     "In a March poll of Democrats, only 1% picked Clinton.", "entity: Clinton vs O'Malley"),
    # the swapped-in name draws the claim to its own sentence; the sentence it copies has the slot
    (ALBUM, "He was born in Mark Knopfler but raised near Newcastle upon Tyne, England.",
     "entity: Mark Knopfler vs Glasgow"),
    # a slot filled by a long name
    (ALBUM, "The Healthy Kids Program is a program administered by Medi-Cal that provides matching funds to states.",
     "entity: Medi-Cal vs the United States Department of Health and Human Services"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sources", "claim", "reason"), SWAPS)
def test_a_name_in_the_slot_of_another_is_a_swap(judge, sources: str, claim: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    verdict = judge.judge(claim, [sources])
    reasons = [r for c in verdict.to_dict()["claims"] for r in c["reasons"]]  # as `assistant judge` prints them
    assert not verdict.supported and reason in reasons, reasons


@pytest.mark.slow
@pytest.mark.parametrize(("sources", "claim"), [
    (NEWS, "Gordon Getty, the oil baron J. Paul Getty's son, is one of his three living sons."),
    (NEWS, "The singer, who later toured with Nickelback, was bedridden for five months after contracting Lyme "
           "disease."),
    (NEWS, "London's Metropolitan Police said a 19-year-old man was charged on Wednesday after he returned to "
           "Britain from Turkey."),
    # a name from a sentence about the same students, where the claim's own sentence names Florida
    (GATHERED, "Two students of Troy University in Alabama were charged on Monday with sexual battery."),
    (GATHERED, "The CDC will meet the ship in San Diego."),  # initials of capitalised words
    (GATHERED, "Suspect identified by the authorities as Sid Ahmed Ghlam."),  # the sources' "suspect"
    (GATHERED, "The Rev. Robert Schuller died on Thursday at 88."),  # a title
    (GATHERED, "Mike Rowe visited the plant for an episode of his show."),  # "On Thursday" is no rival name
    (GATHERED, "The Palestinian teenager was beaten and burned by three men, the police say."),  # not a person's rival
    # a name for a description the claim copies around ("the Kentucky senator")
    ("In Louisville, Kentucky, Sen. Rand Paul made the announcement that he will run for president. No one was "
     "floored when the Kentucky senator announced his bid for the Oval Office.",
     "Rand Paul has announced his bid for the presidency."),
    (DATED, "The trial may last four weeks."),  # "may" is no month
    (DATED, "Season five of the show begins on Sunday."),  # "the fifth season"
])
def test_names_gathered_from_the_sources_are_not_swaps(judge, sources: str, claim: str) -> None:  # type: ignore[no-untyped-def]
    verdict = judge.judge(claim, [sources])
    assert verdict.supported, [r for c in verdict.claims for r in c.reasons]


TRIAL = ("Officials said the executions went ahead on Tuesday, with the embassy receiving no prior warning. "
         "Former star Aaron Hale will need to keep his lawyers even after being convicted of murder in the death "
         "of Owen Lamb. Hale had pleaded not guilty. Next up is another murder trial in Boston, where he is accused "
         "of killing two men.")


@pytest.mark.slow
def test_negation_reads_what_is_denied_and_of_what(judge) -> None:  # type: ignore[no-untyped-def]
    def reasons(claim: str) -> list[str]:
        return [r for c in judge.judge(claim, [TRIAL]).claims for r in c.reasons]

    # "receiving no warning" denies receiving one
    assert not reasons("The embassy did not receive a prior warning of the executions.")
    assert "negation: received vs receiving no warning" in reasons("The embassy received a prior warning of the "
                                                                    "executions.")
    # "found guilty" is not "pleaded not guilty"; "pleaded guilty" is
    assert not reasons("Aaron Hale has been found guilty in the death of Owen Lamb.")
    assert "negation: guilty vs not guilty" in reasons("Aaron Hale pleaded guilty.")
    # "did not receive no warning" denies it twice
    assert "negation: did not receive no warning vs receiving no warning" in reasons(
        "The embassy did not receive no prior warning of the executions.")


@pytest.mark.slow
def test_a_verb_is_denied_by_the_word_it_completes(judge) -> None:  # type: ignore[no-untyped-def]
    sources = ["The ferry captain, Odile Marsk, said she could not dock at Hennby on Tuesday because the swell was "
               "too high. The harbour board did not approve the new timetable. Its chairman managed to keep the "
               "winter route open."]

    def verdict(claim: str) -> tuple[bool, list[str]]:
        v = judge.judge(claim, sources)
        return v.supported, [r for c in v.claims for r in c.reasons]

    # "unable to", "failed to", "too high to" deny what they complete; "managed to" asserts it
    assert verdict("Odile Marsk was unable to dock at Hennby on Tuesday.")[0]
    assert verdict("The harbour board failed to approve the new timetable.")[0]
    assert verdict("Odile Marsk said the swell was too high to dock at Hennby on Tuesday.")[0]
    supported, reasons = verdict("The harbour board refused to keep the winter route open.")
    assert not supported and "negation: refused to keep vs managed to keep" in reasons
    supported, reasons = verdict("The ferry captain managed to dock at Hennby on Tuesday.")
    assert not supported and any(r.startswith("negation: managed to dock") for r in reasons)


@pytest.mark.slow
def test_a_name_the_recogniser_misreads_stands_where_the_reader_prefers_it(judge) -> None:  # type: ignore[no-untyped-def]
    # the small recogniser reads the band "Molly Grue" as a person, like the singer and the guitarist
    sources = ["Night Ferry is a 1994 song by the Scottish singer Ada Lund. In 1998 it was covered by Molly Grue, a "
               "rock band from Tacoma. Molly Grue was formed by the guitarist Tom Pell in 1991."]
    question = "Which rock band covered Ada Lund's song Night Ferry?"
    assert judge.judge("Molly Grue", sources, question).supported
    for wrong in ("Tom Pell", "Ada Lund"):
        verdict = judge.judge(wrong, sources, question)
        assert not verdict.supported
        assert f"answer: {wrong} vs not an organisation" in [r for c in verdict.claims for r in c.reasons]


@pytest.mark.slow
def test_a_bare_year_that_answers_is_not_compared_with_the_other_dates_of_its_sentence(judge) -> None:  # type: ignore[no-untyped-def]
    sources = ["Harbour Lights is a 1988 American comedy film directed by Ola Berg. It stars Mara Quist in her film "
               "debut. Mara Quist (born May 2, 1960) is an American actress. She is a four-time award nominee. "
               "In 2006, she received a star on the Orley Walk of Fame."]
    question = ("The 1988 American comedy film, Harbour Lights, starred a four-time award nominee, who received a star "
                "on the Orley Walk of Fame in what year?")
    assert judge.judge("2006", sources, question).supported
    wrong = judge.judge("1995", sources, question)  # a year the sources never give
    assert not wrong.supported and any(r.startswith("date") for c in wrong.claims for r in c.reasons)


RESCUE = ("Harbour police said the navy helicopter was flying a routine patrol over the bay on Friday when it lost "
          "power. Its pilot, Ines Marlow, who is 34, brought the aircraft down on a beach. Protesters took over the "
          "town hall in Solberg for two days last month, the mayor said.")


@pytest.mark.parametrize("claim", [
    "Police stress the navy copter was flying a routine patrol over the bay.",  # a reporting verb; a word's end
    "A 34-year-old brought the aircraft down.",  # "year" and "old" are the age's unit
    "The mayor said the takeover of the town hall lasted two days.",  # "took over"
])
def test_a_summarys_wording_of_what_the_sources_say_is_supported(judge, claim: str) -> None:  # type: ignore[no-untyped-def]
    verdict = judge.judge(claim, [RESCUE])
    assert verdict.supported, [r for c in verdict.claims for r in c.reasons]


@pytest.mark.parametrize(("claim", "reason"), [
    ("A 35-year-old brought the aircraft down.", "number: 35 vs 34"),
    ("Marlow, 34, crash-landed the burning aircraft on a crowded beach after an engine fire.", "detail"),
])
def test_a_summarys_wording_still_carries_its_errors(judge, claim: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    verdict = judge.judge(claim, [RESCUE])
    assert not verdict.supported and any(r.startswith(reason) for c in verdict.claims for r in c.reasons)


PLACES = ["The Orvane Ferry Company is an operator headquartered in Kessmark, Norway. Its ferries also call at "
          "Brelle. Norway is a country on the northern coast.",
          "The Harrow Lantern Prize is sponsored by a firm based in Tallisford, Wexmoor. The firm also has a depot in "
          "the port of Dunmere."]


@pytest.mark.slow
@pytest.mark.parametrize(("question", "right", "wrong", "reason"), [
    ("In what country is the Orvane Ferry Company headquartered?", "Norway", "Brelle", "Norway, a country"),
    ("The Harrow Lantern Prize is sponsored by a firm based in what city?", "Tallisford", "Wexmoor",
     "the place around one"),
])
def test_a_short_answer_is_a_place_of_the_size_asked(judge, question: str, right: str, wrong: str,  # type: ignore[no-untyped-def]
                                                     reason: str) -> None:
    """A town for "which country?", or the region a town is written before ("Tallisford,
    Wexmoor") for "which city?", is no answer, though it stands in the sources."""
    sources = PLACES
    assert judge.judge(right, sources, question).supported
    verdict = judge.judge(wrong, sources, question)
    assert not verdict.supported and any(reason in r for c in verdict.claims for r in c.reasons), verdict


@pytest.mark.slow
def test_a_span_of_the_kind_asked_that_the_reading_of_the_question_sets_aside_is_no_answer(judge) -> None:  # type: ignore[no-untyped-def]
    """"Born in which year?": the year of another event in the same sources is of the kind
    asked, but the answers' own reading takes the date after "born"."""
    sources = ["Tomas Reval v. Kessler was a civil suit filed in 2004 in Orley. The plaintiff, Tomas Reval, said the "
               "gala of 2001 had cost him his company. Tomas Reval (born June 3, 1951) is a former banker."]
    question = "The plaintiff in the civil suit Tomas Reval v. Kessler was born in which year?"
    assert judge.judge("1951", sources, question).supported
    verdict = judge.judge("2001", sources, question)
    assert not verdict.supported and any("fills the question" in r for c in verdict.claims for r in c.reasons), verdict


@pytest.mark.slow
def test_the_other_end_of_a_lifes_dates_does_not_answer(judge) -> None:  # type: ignore[no-untyped-def]
    """"Born on which date?" is not answered by the date a life's dates end on, nor "died" by
    the one they start on."""
    sources = ["Ilse Marrow (May 11, 1894 – April 1, 1971) was a Danish stage designer. Her workshop in Orley trained "
               "two generations of designers."]
    born = "The stage designer who ran a workshop in Orley, Ilse Marrow, was born on which date?"
    died = "On which date did the stage designer Ilse Marrow die?"
    assert judge.judge("May 11, 1894", sources, born).supported
    assert judge.judge("April 1, 1971", sources, died).supported
    for answer, question in (("April 1, 1971", born), ("May 11, 1894", died)):
        verdict = judge.judge(answer, sources, question)
        assert not verdict.supported and any("life" in r for c in verdict.claims for r in c.reasons), verdict


@pytest.mark.slow
def test_a_place_the_recogniser_calls_a_person_still_answers_where(judge) -> None:  # type: ignore[no-untyped-def]
    """The small recogniser labels "Vennick Holm" a person; "born in Vennick Holm" puts it where
    a place stands, so it answers "where was she born?"."""
    sources = ["The Orley Suite was composed by Ilse Marrow for the harbour festival. Ilse Marrow was born in Vennick "
               "Holm but raised near Orley. Her teacher was Tomas Reval."]
    question = "Where was the composer of the Orley Suite born?"
    assert judge.judge("Vennick Holm", sources, question).supported


def test_a_rival_the_sources_call_the_kind_asked_beats_an_answer_they_never_call_so() -> None:
    from types import SimpleNamespace

    from assistant.judge.meaning import called_rival
    from assistant.question import analyse
    from assistant.spans import Span

    analysis = analyse("The Skerry Head Lighthouse is next to what castle?")
    first = SimpleNamespace(text="The lighthouse stands between Kelby Harbour and Dunmore Castle.")
    second = SimpleNamespace(text="Kelby Harbour faces Garth Hall, a castle of the 1400s.")
    harbour, castle = Span(30, 43, "GPE"), Span(48, 62, "FAC")
    hall = Span(20, 30, "FAC")  # called a castle after it
    ours = [(0, first, harbour)]
    # as close as the answer, or nearly: the one called a castle wins
    assert called_rival(analysis, ours, [(0.9, first, castle), (1.2, second, hall)], 0.5) == "Garth Hall"
    assert called_rival(analysis, ours, [(0.9, first, castle)], 0.5) == "Dunmore Castle"
    # well below the answer: it stands; an answer itself called a castle stands too
    assert called_rival(analysis, ours, [(0.1, first, castle)], 0.5) == ""
    assert called_rival(analysis, [(0, first, castle)], [(0.9, first, harbour)], 0.5) == ""
    # a question without a kind word asks for no such thing
    assert called_rival(analyse("What is next to the Skerry Head Lighthouse?"), ours, [(0.9, first, castle)], 0.5) == ""


@pytest.mark.slow
def test_a_name_that_ends_in_the_kind_asked_is_no_repeat_of_the_question(judge) -> None:  # type: ignore[no-untyped-def]
    # the small recogniser reads both names as people; "castle" is the kind asked, not a surname the question gives
    sources = ["The Skerry Head Lighthouse stands on the Tarbet peninsula. "
               "Dunmore Castle and Kelby Harbour are nearby."]
    question = "The Skerry Head Lighthouse is next to what castle?"
    assert judge.judge("Dunmore Castle", sources, question).supported
    assert not judge.judge("Kelby Harbour", sources, question).supported


def test_a_noun_of_failing_denies_what_it_names() -> None:
    from assistant.judge.meaning import negation_conflicts

    claim = parse("The board's failure to approve the timetable surprised the captain.")
    assert not negation_conflicts(claim, [parse("The board did not approve the timetable.")])
    assert not negation_conflicts(claim, [parse("The board had failed to approve the timetable.")])
    assert [c.reason for c in negation_conflicts(claim, [parse("The board approved the timetable.")])] == [
        "negation: failure to approve vs approved"]
