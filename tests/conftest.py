import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)
SHARED = os.path.join(os.path.dirname(ROOT), "shared")


def clear_lexicon_caches():
    """Empty every cache of the package (what it derived from the lexicon), as in a new process."""
    for name, module in list(sys.modules.items()):
        if name.startswith("events."):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()
