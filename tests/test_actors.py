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
    # demonyms in the plural with "'s", written with either apostrophe, stand for their country
    ("Volgens de Saoedi’s moeten de Amerikanen garanties geven.", D(2023, 6, 6), {"SAU", "USA"}, ""),
    ("De Israëli's en de Egyptenaren overlegden in Caïro.", D(2023, 6, 6), {"ISR", "EGY"}, ""),
    # a surname that is also a country's adjective counts for the person only after a title or a word for a peer
    ("De Albanese premier Rama ontving zijn Australische collega Albanese.", D(2024, 3, 1), {"ALB", "AUS"}, "Anthony Albanese"),
    ("Premier Albanese sprak met de Albanese president.", D(2024, 3, 1), {"AUS", "ALB"}, "Anthony Albanese"),
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


# --- the actor entries an article's events depend on (the event store's keys) ---

def _only(entries, refs, real):
    """lexicon.load giving countries, organisations and people with only `entries` whole, and the
    actors of `refs` (and members of organisations kept) as stubs: kind and members, a name that
    occurs in no text."""
    tables = actors._entry_tables()
    by_code = {row["code"]: (f, row) for f in ("countries", "organisations") for row in tables[f]}
    keep = {f: [row for row in tables[f] if (f, row[actors.ENTRY_FILES[f][1]]) in entries] for f in tables}
    stubs, todo = set(), set(refs)
    while todo:
        code = todo.pop()
        if code in stubs or ("countries", code) in entries or ("organisations", code) in entries:
            continue
        stubs.add(code)
        todo.update(by_code[code][1].get("members", []))
    todo = {m for row in keep["organisations"] for m in row.get("members", [])} - stubs
    stubs |= {c for c in todo if ("countries", c) not in entries}
    for code in sorted(stubs):
        f, row = by_code[code]
        stub = {"code": code, "name": f"<{code}>"}
        stub.update({k: row[k] for k in ("members", "kind") if k in row})
        keep[f].append(stub)
    names = {t for f in ("countries", "organisations") for row in keep[f]
             for t in [row["name"], *row.get("names", []), *row.get("capitals", [])]}
    places = real("places")
    codes = {row["code"] for f in ("countries", "organisations") for row in keep[f]}
    places = dict(places, capital_metonyms={t: c for t, c in places.get("capital_metonyms", {}).items()
                                            if t in names and c in codes},
                  organisation_seats={t: [c for c in cs if c in codes]
                                      for t, cs in places.get("organisation_seats", {}).items()
                                      if t in names and any(c in codes for c in cs)})

    def load(name, lang="nl"):
        if name in actors.ENTRY_FILES:
            return {actors.ENTRY_FILES[name][0]: keep[name]}
        return places if name == "places" else real(name, lang)
    return load


def test_an_article_s_events_depend_only_on_the_actor_entries_relevant_to_it(monkeypatch):
    """The store reuses an article's events across a change of any country, organisation or person
    not relevant to it (`actors.relevance` in its key): sound only if extraction with the relevant
    entries alone (the other actors it names as stubs with their kind and members) gives the same
    events, and the relevant entries are then the same."""
    from pathlib import Path
    from conftest import ROOT
    from events import articles, extract
    arts = list(articles.read([str(Path(ROOT) / "data" / "articles")], lambda w: None))
    real, total, kept = lexicon.load, 0, 0
    sizes = {f: len(rows) for f, rows in actors._entry_tables().items()}
    try:
        for a in arts:
            day = a.published.start if a.published else None
            before = [e.to_dict() for e in extract.extract_article(a)]
            entries, refs = actors.relevant(a.text, day)
            kept += len(entries)
            total += sum(sizes.values())
            monkeypatch.setattr(lexicon, "load", _only(entries, refs, real))
            actors.gazetteer.cache_clear(), actors._relevance_index.cache_clear()
            assert [e.to_dict() for e in extract.extract_article(a)] == before, a.id
            assert actors.relevant(a.text, day)[0] == entries, a.id
            monkeypatch.undo()
            actors.gazetteer.cache_clear(), actors._relevance_index.cache_clear()
    finally:
        actors.gazetteer.cache_clear(), actors._relevance_index.cache_clear()
    assert len(arts) > 20 and kept < total / 20, "an article reads few of the actor entries"
