"""Command line: python -m events {extract,timex,evaluate} ..."""
from .cli import main

raise SystemExit(main())
