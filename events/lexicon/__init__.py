"""Lexicon data files (TOML), one folder per language, loaded once and validated by their users."""
from __future__ import annotations

import hashlib
import os
import tomllib
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path

_root: Path | None = None  # another lexicon folder while `use()` is active; None: the packaged one


class LexiconError(ValueError):
    """A lexicon file or entry is malformed; the message names the file and the entry."""


ENV = "EVENTS_LEXICON"  # another lexicon folder for a whole run (holding nl/*.toml), e.g. to try an edit


def folder(lang: str = "nl"):
    """The folder of one language's lexicon files: `use()`'s, else $EVENTS_LEXICON's, else the packaged one."""
    if _root is not None:
        return _root.joinpath(lang)
    other = os.environ.get(ENV)
    if other:
        if not (Path(other) / lang).is_dir():
            raise LexiconError(f"{ENV}={other}: no folder {lang}/ with the lexicon files there")
        return Path(other) / lang
    return resources.files("events.lexicon").joinpath(lang)


def path(name: str, lang: str = "nl"):
    return folder(lang).joinpath(f"{name}.toml")


@contextmanager
def use(root):
    """Load the lexicon from `root/<lang>/` inside the block (to try or test another lexicon).

    Only this module's cache is cleared on entry and exit; callers that loaded the lexicon
    into their own caches (rules.load, actors.gazetteer ...) clear those themselves."""
    global _root
    previous, _root = _root, Path(root)
    load.cache_clear()
    try:
        yield
    finally:
        _root = previous
        load.cache_clear()


@lru_cache(maxsize=None)
def load(name: str, lang: str = "nl") -> dict:
    """The parsed TOML file `lexicon/<lang>/<name>.toml`."""
    p = path(name, lang)
    try:
        return tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LexiconError(f"lexicon file {lang}/{name}.toml is missing") from None
    except UnicodeDecodeError as e:
        raise LexiconError(f"lexicon file {lang}/{name}.toml is not UTF-8 ({e.reason} at byte {e.start})") from None
    except tomllib.TOMLDecodeError as e:
        raise LexiconError(f"lexicon file {lang}/{name}.toml: {e}") from None


def fingerprint(lang: str = "nl", skip: tuple[str, ...] = ()) -> str:
    """A hash of every lexicon file (but those named in `skip`): changes when any word, rule or person changes."""
    h = hashlib.sha256()
    for f in sorted(folder(lang).iterdir(), key=lambda p: p.name):
        if f.name.endswith(".toml") and f.name[:-5] not in skip:
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]
