"""Lexicon data files (TOML), one folder per language, loaded once and validated by their users."""
from __future__ import annotations

import hashlib
import tomllib
from functools import lru_cache
from importlib import resources


class LexiconError(ValueError):
    """A lexicon file or entry is malformed; the message names the file and the entry."""


def path(name: str, lang: str = "nl"):
    return resources.files("events.lexicon").joinpath(lang, f"{name}.toml")


@lru_cache(maxsize=None)
def load(name: str, lang: str = "nl") -> dict:
    """The parsed TOML file `lexicon/<lang>/<name>.toml`."""
    p = path(name, lang)
    try:
        return tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LexiconError(f"lexicon file {lang}/{name}.toml is missing") from None
    except tomllib.TOMLDecodeError as e:
        raise LexiconError(f"lexicon file {lang}/{name}.toml: {e}") from None


def fingerprint(lang: str = "nl") -> str:
    """A hash of every lexicon file: changes when any word, rule or person changes."""
    h = hashlib.sha256()
    folder = resources.files("events.lexicon").joinpath(lang)
    for f in sorted(folder.iterdir(), key=lambda p: p.name):
        if f.name.endswith(".toml"):
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]
