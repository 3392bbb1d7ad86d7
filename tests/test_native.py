"""The optional compiled build is used only when it is fresh, and says why when it is not."""
import json
import sysconfig

import pytest

from events import native


def _build(tmp_path, sources=None, tag=None, files=True):
    build = tmp_path / "_native"
    build.mkdir()
    (build / "manifest.json").write_text(json.dumps({
        "tag": tag or native._tag(), "cython": "3.1.4", "sources": sources or native.digests()}))
    if files:
        for m in native.MODULES:
            (build / f"{m}{sysconfig.get_config_var('EXT_SUFFIX')}").write_bytes(b"")
    return build


@pytest.fixture(autouse=True)
def _not_pure(monkeypatch):
    monkeypatch.delenv("EVENTS_PURE", raising=False)


def test_fresh_build_is_used(tmp_path):
    ok, why = native.check(_build(tmp_path))
    assert ok and why.startswith("compiled")


@pytest.mark.parametrize("case, expected", [
    ("none", "no compiled build"),
    ("stale", "stale, rules changed"),
    ("python", "for another Python"),
    ("missing", "lacks model"),
    ("broken", "unreadable"),
])
def test_unusable_build_falls_back_to_pure_python_with_a_reason(tmp_path, case, expected):
    if case == "none":
        build = tmp_path / "_native"
    elif case == "stale":
        build = _build(tmp_path, sources={**native.digests(), "rules": "0" * 64})
    elif case == "python":
        build = _build(tmp_path, tag="cpython-27-.so")
    elif case == "missing":
        build = _build(tmp_path, files=False)
    else:
        build = tmp_path / "_native"
        build.mkdir()
        (build / "manifest.json").write_text("{not json")
    ok, why = native.check(build)
    assert not ok and why.startswith("pure Python") and expected in why


def test_environment_switch_turns_a_fresh_build_off(tmp_path, monkeypatch):
    build = _build(tmp_path)
    monkeypatch.setenv("EVENTS_PURE", "1")
    assert native.check(build) == (False, "pure Python (EVENTS_PURE is set)")


def test_an_edited_source_makes_the_build_stale(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    for m in native.MODULES:
        (package / f"{m}.py").write_text(f"# {m}\n")
    build = _build(tmp_path, sources=native.digests(package))
    assert native.check(build, package)[0]
    (package / "dates.py").write_text("# dates, edited\n")
    ok, why = native.check(build, package)
    assert not ok and "dates changed" in why


def test_activate_puts_only_a_fresh_build_on_the_search_path(tmp_path, monkeypatch):
    fresh = _build(tmp_path)
    monkeypatch.setattr(native, "BUILD", fresh)
    monkeypatch.setattr(native, "_state", {})
    path = ["/pkg"]
    native.activate(path)
    assert path == [str(fresh), "/pkg"] and native.status().startswith("compiled")
    monkeypatch.setenv("EVENTS_PURE", "1")
    path = ["/pkg"]
    native.activate(path)
    assert path == ["/pkg"] and native.status() == "pure Python (EVENTS_PURE is set)"


def test_source_text_of_a_module_is_its_python_source():
    from events import rules
    assert "def find_in_text" in native.source_text(rules)


def _made_by_frozen(compiled, monkeypatch):
    from events import model
    monkeypatch.setattr(model, "_COMPILED", compiled)

    @model.frozen
    class Point:
        x: int
        y: int
        label: str = "p"
        tags: tuple = ()
    return Point


@pytest.mark.parametrize("compiled", [False, True])
def test_frozen_values_behave_as_frozen_dataclasses_in_both_builds(compiled, monkeypatch):
    import copy
    import dataclasses
    Point = _made_by_frozen(compiled, monkeypatch)
    p = Point(1, 2)
    assert (p.x, p.y, p.label, p.tags) == (1, 2, "p", ())
    assert list(vars(p)) == ["x", "y", "label", "tags"]  # the fields in their order, as dataclasses sets them
    assert p == Point(1, 2, "p") and hash(p) == hash(Point(1, y=2)) and p != Point(1, 3)
    assert repr(Point(1, 2, tags=("a",))).endswith("Point(x=1, y=2, label='p', tags=('a',))")
    assert dataclasses.replace(p, label="q") == Point(1, 2, "q")
    assert copy.deepcopy(Point(3, 4, "r")) == Point(3, 4, "r")  # the reduce protocol, as pickle
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 5
    with pytest.raises(TypeError):
        Point(1)
    with pytest.raises(TypeError):
        Point(1, 2, nope=3)
    assert Point.__init__.__qualname__.endswith("Point.__init__")


def test_frozen_writes_its_own_init_only_for_the_compiled_build(monkeypatch):
    import inspect
    pure, compiled = _made_by_frozen(False, monkeypatch), _made_by_frozen(True, monkeypatch)
    assert "__setattr__" in pure.__init__.__code__.co_names  # the dataclasses __init__: object.__setattr__
    assert "__setattr__" not in compiled.__init__.__code__.co_names
    assert inspect.signature(pure.__init__) == inspect.signature(compiled.__init__)
