"""Run orchestration: workers, the incremental event store, and the same output on every path."""
import os
import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, clear_lexicon_caches
from events import actors, articles, cuewords, eventstore, extract, lexicon, pipeline, rules

CORPUS = Path(ROOT) / "data" / "articles"
SMALL = sorted(CORPUS.glob("ukraine/*.txt"))[:8]


def copy_articles(files, folder):
    """A new folder with copies of `files`, which a test may change."""
    folder.mkdir()
    for p in files:
        shutil.copy(p, folder / p.name)
    return folder


@pytest.fixture
def corpus(tmp_path):
    return copy_articles(SMALL, tmp_path / "articles")


@pytest.fixture
def counted(monkeypatch):
    """The ids of the articles actually extracted (one worker: in this process)."""
    seen = []
    real = pipeline._extract_safely

    def spy(article):
        seen.append(article.id)
        return real(article)

    monkeypatch.setattr(pipeline, "_extract_safely", spy)
    return seen


def store_events(folder, merged=None):
    return eventstore.records(eventstore.read(str(folder), merged=merged))


def test_extract_keeps_its_old_entry_points():
    assert extract.extract_paths is not pipeline.extract_paths and extract.Result is not None
    res = extract.extract_paths([str(SMALL[0])])
    assert res.events and res.articles[0].id == SMALL[0].stem


def test_store_holds_the_same_events_as_an_in_memory_run(corpus, tmp_path):
    run = pipeline.update_store([str(corpus)], str(tmp_path / "store"))
    assert (run.articles, run.reused, run.warnings) == (8, 0, [])
    per_article = pipeline.extract_paths([str(corpus)])
    assert store_events(tmp_path / "store", merged=False) == per_article.events
    merged = pipeline.extract_paths([str(corpus)], merge=True)
    assert store_events(tmp_path / "store") == merged.events


def test_workers_write_the_same_store(corpus, tmp_path):
    pipeline.update_store([str(corpus)], str(tmp_path / "one"), workers=1, batch=3)
    pipeline.update_store([str(corpus)], str(tmp_path / "two"), workers=2, batch=3)
    for merged in (True, False):
        assert store_events(tmp_path / "one", merged) == store_events(tmp_path / "two", merged)


def test_pool_workers_make_the_keys_and_extract_only_what_is_not_stored(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "POOL_SHARE", 1)  # a pool of processes even for a few articles
    import multiprocessing
    commit, alive = eventstore.Writer.commit, []

    def spy(self, merged):
        alive.append(len(multiprocessing.active_children()))
        return commit(self, merged)
    monkeypatch.setattr(eventstore.Writer, "commit", spy)
    one, two = str(tmp_path / "one"), str(tmp_path / "two")
    pipeline.update_store([str(corpus)], two, workers=2, batch=3, merge=False)
    parts = {aid: part for aid, part in zip(*_ids_and_parts(two))}
    for p in corpus.iterdir():  # every file read again (its time changed), one of them with new text
        os.utime(p, ns=(1, 1))
    changed = corpus / SMALL[2].name
    changed.write_text(changed.read_text(encoding="utf-8").replace("\n\n", "\n\nOok dit.\n\n", 1), encoding="utf-8")
    run = pipeline.update_store([str(corpus)], two, workers=2, batch=3)
    assert (run.articles, run.reused, run.warnings) == (8, 7, [])
    assert alive == [0, 0], "the workers are stopped before the commit (and the merge)"
    now = dict(zip(*_ids_and_parts(two)))
    assert [aid for aid in now if now[aid] != parts[aid]] == [SMALL[2].stem], "only the changed article extracted"
    pipeline.update_store([str(corpus)], one, workers=1)
    for merged in (True, False):
        assert store_events(one, merged) == store_events(two, merged)


def _ids_and_parts(folder):
    articles = eventstore.read_manifest(folder).articles
    return articles.column("id").to_pylist(), articles.column("part").to_pylist()


def test_unchanged_articles_are_not_extracted_again(corpus, tmp_path, counted):
    store = str(tmp_path / "store")
    pipeline.update_store([str(corpus)], store)
    manifest = os.stat(os.path.join(store, eventstore.MANIFEST)).st_mtime_ns
    counted.clear()
    run = pipeline.update_store([str(corpus)], store)
    assert counted == [] and run.reused == 8
    assert os.stat(os.path.join(store, eventstore.MANIFEST)).st_mtime_ns == manifest, "nothing to commit"


def test_only_new_and_changed_articles_are_extracted(corpus, tmp_path, counted):
    store = str(tmp_path / "store")
    pipeline.update_store([str(corpus)], store)
    counted.clear()
    shutil.copy(sorted(CORPUS.glob("asia-africa/*.txt"))[0], corpus / "nieuw.txt")
    changed = corpus / SMALL[2].name
    changed.write_text(changed.read_text(encoding="utf-8").replace("\n\n", "\n\nOok dit.\n\n", 1), encoding="utf-8")
    (corpus / SMALL[5].name).unlink()
    run = pipeline.update_store([str(corpus)], store)
    assert sorted(counted) == sorted(["nieuw", SMALL[2].stem]) and run.reused == 6
    assert store_events(tmp_path / "store") == pipeline.extract_paths([str(corpus)], merge=True).events
    ids = {a for e in store_events(tmp_path / "store", merged=False) for a in e["article_ids"]}
    assert SMALL[5].stem not in ids, "a removed article leaves the store"


def test_a_new_extractor_version_extracts_everything_and_drops_old_parts(corpus, tmp_path, counted, monkeypatch):
    store = tmp_path / "store"
    pipeline.update_store([str(corpus)], str(store))
    old_parts = set(os.listdir(store / eventstore.PARTS))
    counted.clear()
    monkeypatch.setattr(pipeline, "base_version", lambda: "other code")
    pipeline.update_store([str(corpus)], str(store))
    assert len(counted) == 8
    assert not old_parts & set(os.listdir(store / eventstore.PARTS))


def test_extractor_version_covers_the_extractor_code():
    names = [m.__name__ for m in pipeline._sources(extract)]
    assert {"events.extract", "events.rules", "events.dates", "events.actors", "events.articles"} <= set(names)
    assert "events.pipeline" not in names and "events.store" not in names
    assert pipeline.extractor_version().startswith(extract.base_version() + "-")
    assert pipeline.extractor_version().endswith(f"/{rules.digest()}/{actors.digest()}/{cuewords.digest()}")


@pytest.fixture
def own_lexicon(tmp_path):
    """edit(change, name): a copy of the lexicon in use, the text of its file `name` (triggers.toml
    unless named) passed through `change`; every cache of the package is emptied, as in a new process."""
    root = tmp_path / "lexicon"
    shutil.copytree(lexicon.folder(), root / "nl", ignore=shutil.ignore_patterns("*.py", "__pycache__"))

    def edit(change, name="triggers"):
        path = root / "nl" / f"{name}.toml"
        path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
        clear_lexicon_caches()

    with lexicon.use(root):
        clear_lexicon_caches()
        yield edit
    clear_lexicon_caches()


def _without_entry(table, key, value):
    def change(text):
        head, *blocks = text.split(f"\n[[{table}]]\n")
        kept = [b for b in blocks if not b.startswith(f'{key} = "{value}"\n')]
        assert len(kept) == len(blocks) - 1
        return f"\n[[{table}]]\n".join([head] + kept)
    return change


def _recoded(text, rule_id, cameo):
    new = re.sub(rf'(\nid = "{re.escape(rule_id)}"\ntype = "\w+"\ncameo = )"\d+"', rf'\1"{cameo}"', text, count=1)
    assert new != text
    return new


def test_a_changed_trigger_rule_extracts_again_only_the_articles_it_can_match_in(corpus, tmp_path, counted,
                                                                                   own_lexicon):
    store = str(tmp_path / "store")
    pipeline.update_store([str(corpus)], store)
    read = list(articles.read([str(corpus)], lambda w: None))
    stored = {e["rule"] for e in store_events(store, merged=False)}
    ids = [r.id for r in rules.load()]
    where = {rid: {a.id for a in read if ids.index(rid) in rules.relevant(a.text)} for rid in stored}
    rule_id = min((rid for rid in stored if 0 < len(where[rid]) < 8), key=lambda rid: (len(where[rid]), rid))
    added = ('\n[[rule]]\nid = "x.beraden"\ntype = "talks"\ncameo = "040"\npattern = \'beraadslaagden\'\n'
             'examples = ["De ministers beraadslaagden gisteren in Wenen."]\n')
    for change, expected in ((_without_entry("rule", "id", rule_id), where[rule_id]),  # a rule removed
                             (lambda text: text + added, set()),  # a rule that none of the articles holds
                             (lambda text: text.replace(added, ""), set())):
        own_lexicon(change)
        counted.clear()
        run = pipeline.update_store([str(corpus)], store)
        assert set(counted) == expected and run.reused == 8 - len(expected)
        assert store_events(store, merged=False) == pipeline.extract_paths([str(corpus)]).events
        assert store_events(store) == pipeline.extract_paths([str(corpus)], merge=True).events
    assert rule_id not in {e["rule"] for e in store_events(store, merged=False)}, "its events left with it"

    other = min((rid for rid in stored if 0 < len(where[rid]) < 8 and where[rid] != where[rule_id]),
                key=lambda rid: (len(where[rid]), rid))  # an edited rule: its CAMEO code
    own_lexicon(lambda text: _recoded(text, other, "099"))
    counted.clear()
    pipeline.update_store([str(corpus)], store)
    assert set(counted) == where[other]
    assert {e["cameo"] for e in store_events(store, merged=False) if e["rule"] == other} == {"099"}
    assert store_events(store) == pipeline.extract_paths([str(corpus)], merge=True).events


def test_a_changed_person_or_country_extracts_again_only_the_articles_it_concerns(corpus, tmp_path, counted,
                                                                                    own_lexicon):
    store = str(tmp_path / "store")
    pipeline.update_store([str(corpus)], store)
    read = list(articles.read([str(corpus)], lambda w: None))
    relevant = {a.id: actors.relevant(a.text, a.published.start)[0] for a in read}
    where = lambda entry: {aid for aid, entries in relevant.items() if entry in entries}  # noqa: E731
    named = {n for e in store_events(store, merged=False) for n in e["people"]}
    person = min((pid for f, pid in set().union(*relevant.values()) if f == "people"
                  and actors.gazetteer().people[pid].name in named and 0 < len(where((f, pid))) < 8),
                 key=lambda pid: (len(where(("people", pid))), pid))
    country = min((code for f, code in set().union(*relevant.values()) if f == "countries"
                   and 0 < len(where((f, code))) < 8), key=lambda code: (len(where(("countries", code))), code))
    gone = actors.gazetteer().people[person].name
    added = ('\n[[person]]\nid = "x-testpersoon"\nname = "Jan Testpersoon"\naliases = ["Testpersoon"]\n'
             'roles = [\n  { of = "NLD", office = "foreign_minister", since = 2101-01-01 },\n]\n')
    for change, name, expected in (
            (_without_entry("person", "id", person), "people", where(("people", person))),  # a person removed
            (lambda text: text + added, "people", set()),  # a person named in none of the articles
            (lambda text: _renamed(text, country), "countries", where(("countries", country)))):  # a name more
        own_lexicon(change, name)
        counted.clear()
        run = pipeline.update_store([str(corpus)], store)
        assert set(counted) == expected and run.reused == 8 - len(expected), name
        assert store_events(store, merged=False) == pipeline.extract_paths([str(corpus)]).events
        assert store_events(store) == pipeline.extract_paths([str(corpus)], merge=True).events
    assert gone not in {p for e in store_events(store, merged=False) for p in e["people"]}, "its name left with it"


def test_an_edited_cue_word_extracts_again_only_the_articles_it_occurs_in(corpus, tmp_path, counted, own_lexicon):
    store = str(tmp_path / "store")
    pipeline.update_store([str(corpus)], store)
    read = list(articles.read([str(corpus)], lambda w: None))
    has = lambda word: {a.id for a in read if word in a.text.lower()}  # noqa: E731
    word = min((w for w in lexicon.load("status")["cancel_phrases"] if w.isalpha() and 0 < len(has(w)) < 8),
               key=lambda w: (len(has(w)), w), default=None)
    assert word, "a cancellation word that some of the articles hold"
    setting = "negation_window = 4"
    for change, expected in (
            (lambda text: text.replace(f"'{word}', ", "", 1), has(word)),  # a word taken out
            (lambda text: text.replace("hope_verbs = [", 'hope_verbs = ["hoopvolst", ', 1), set()),  # in none
            (lambda text: text.replace(setting, "negation_window = 5", 1), {a.id for a in read})):  # a setting
        own_lexicon(lambda text: _changed(change, text), "status")
        counted.clear()
        run = pipeline.update_store([str(corpus)], store)
        assert set(counted) == expected and run.reused == 8 - len(expected)
        assert store_events(store, merged=False) == pipeline.extract_paths([str(corpus)]).events
        assert store_events(store) == pipeline.extract_paths([str(corpus)], merge=True).events


def test_an_edited_place_word_or_office_extracts_again_only_the_articles_it_concerns(corpus, tmp_path, counted,
                                                                                     own_lexicon):
    store = str(tmp_path / "store")
    pipeline.update_store([str(corpus)], store)
    read = list(articles.read([str(corpus)], lambda w: None))
    has = lambda word: {a.id for a in read if word in a.text.lower()}  # noqa: E731
    nouns = lexicon.load("places")["place_nouns"]
    noun = min((w for w in nouns[:-1] if 0 < len(has(w)) < 8), key=lambda w: (len(has(w)), w), default=None)
    assert noun, "a place noun that some of the articles hold"
    items = cuewords._items()[0]
    where = lambda oid: {a.id for a in read if any(items[n][0] == ("offices", "office", oid)  # noqa: E731
                                                   for n in cuewords.relevant(a.text))}
    office = min((o["id"] for o in lexicon.load("offices")["office"] if 0 < len(where(o["id"])) < 8),
                 key=lambda oid: (len(where(oid)), oid), default=None)
    assert office, "an office that some of the articles name"
    for name, change, expected in (
            ("places", lambda text: text.replace(f'"{noun}", ', "", 1), has(noun)),  # a word taken out
            ("places", lambda text: text.replace("place_nouns = [", 'place_nouns = ["kustplaatsje", ', 1), set()),
            ("offices", lambda text: _flipped(text, office), where(office)),  # an office changed
            ("offices", lambda text: text + _NEW_OFFICE, set())):  # an office named in none
        own_lexicon(lambda text: _changed(change, text), name)
        counted.clear()
        run = pipeline.update_store([str(corpus)], store)
        assert set(counted) == expected and run.reused == 8 - len(expected), name
        assert store_events(store, merged=False) == pipeline.extract_paths([str(corpus)]).events
        assert store_events(store) == pipeline.extract_paths([str(corpus)], merge=True).events


_NEW_OFFICE = ('\n[[office]]\nid = "x_test"\ntitles = ["testambtenaar"]\ntitle_of = {}\ncompound = ["testambt"]\n'
               'exclusive = true\nexamples = []\n')


def _flipped(text, office):
    """offices.toml with the `exclusive` of one office turned round."""
    at = text.index(f'id = "{office}"')
    end = text.find("[[office]]", at)
    end = len(text) if end < 0 else end
    block = text[at:end]
    flipped = block.replace("exclusive = true", "exclusive = false", 1) if "exclusive = true" in block \
        else block.replace("exclusive = false", "exclusive = true", 1)
    return text[:at] + flipped + text[end:]


def _changed(change, text):
    new = change(text)
    assert new != text
    return new


def _renamed(text, code):
    new = re.sub(rf'(\ncode = "{code}"\nname = "[^"]*"\nnames = \[)', r'\1"Testland", ', text, count=1)
    assert new != text
    return new


def test_a_failing_article_is_a_warning_and_is_tried_again(corpus, tmp_path, monkeypatch):
    real = extract.extract_article

    def fragile(article):
        if article.id == SMALL[1].stem:
            raise RuntimeError("kapot")
        return real(article)

    monkeypatch.setattr(extract, "extract_article", fragile)
    run = pipeline.update_store([str(corpus)], str(tmp_path / "store"), merge=False)
    assert len(run.warnings) == 1 and "kapot" in run.warnings[0] and SMALL[1].name in run.warnings[0]
    monkeypatch.setattr(extract, "extract_article", real)
    again = pipeline.update_store([str(corpus)], str(tmp_path / "store"), merge=False)
    assert (again.reused, again.warnings) == (7, [])


@pytest.fixture
def reads(monkeypatch):
    """The input files actually parsed by `articles.read`."""
    seen = []
    real = articles.read

    def spy(paths, warn):
        seen.extend(str(p) for p in paths)
        return real(paths, warn)

    monkeypatch.setattr(articles, "read", spy)
    return seen


def test_unchanged_files_are_not_read_again_but_their_warnings_are_repeated(corpus, tmp_path, reads, monkeypatch):
    (corpus / "ongedateerd.txt").write_text("De Duitse kanselier sprak met de Franse president.", encoding="utf-8")
    store = str(tmp_path / "store")
    first = pipeline.update_store([str(corpus)], store)
    assert len(reads) == 9 and len(first.warnings) == 1
    reads.clear()
    again = pipeline.update_store([str(corpus)], store)
    assert reads == [] and again.warnings == first.warnings and again.reused == 9
    touched = corpus / SMALL[0].name
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10 ** 9))
    monkeypatch.setattr(eventstore.Writer, "merge", lambda store: pytest.fail("same articles: no new merge"))
    pipeline.update_store([str(corpus)], store)
    assert reads == [str(touched)], "a touched file is read again, its article is not extracted again"
    reads.clear()
    pipeline.update_store([str(corpus)], store)
    assert reads == [], "and its new time is remembered"


def test_a_repeated_id_across_files(corpus, tmp_path):
    twin = tmp_path / "twin"
    twin.mkdir()
    shutil.copy(SMALL[0], twin / SMALL[0].name)
    store = str(tmp_path / "store")
    run = pipeline.update_store([str(corpus), str(twin)], store)
    assert run.articles == 8 and "already read from" in run.warnings[0]
    assert run.warnings == pipeline.extract_paths([str(corpus), str(twin)]).warnings, "as articles.read says it"
    (corpus / SMALL[0].name).unlink()
    run = pipeline.update_store([str(corpus), str(twin)], store)
    assert run.articles == 8 and run.warnings == [], "the twin's article is read now"
    assert store_events(tmp_path / "store") == pipeline.extract_paths([str(corpus), str(twin)], merge=True).events
