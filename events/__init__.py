"""Diplomatic events from Dutch news: extraction, dates, actors, merging and views."""
from . import native as _native

__version__ = "0.1.0"
_native.activate(__path__)  # a fresh compiled build of the hot modules, if there is one
