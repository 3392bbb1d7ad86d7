"""Diplomatic events from Dutch news: extraction, dates, actors, merging and views."""
__version__ = "0.1.0"
