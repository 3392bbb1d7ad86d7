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
