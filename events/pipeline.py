"""Run orchestration: read articles, extract them here, on a process pool or on a Dask cluster, in order.

`extract_paths` keeps every article and event in memory (small runs, the dashboard's corpus);
`update_store` streams batches of articles into the Parquet event store of `eventstore`,
extracting only articles it has not stored with the same content and extractor version.
"""
from __future__ import annotations

import hashlib
import itertools
import os
import sys
from array import array
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from . import actors, articles, cuewords, extract, native, rules
from .model import Article

if TYPE_CHECKING:  # imported where a store is used: it imports pyarrow and numpy (0.2 s of start-up)
    from . import eventstore

Progress = Callable[[int, int], None]  # (articles done, total or 0 when not known yet)
BATCH = 1000  # articles per store part: a killed run loses at most one batch of work
DASK_TASK = 50  # articles per Dask task: big enough to hide the scheduler's overhead
DASK_TIMEOUT = 10  # seconds to reach a scheduler and find a worker
POOL_SHARE = 16  # articles a worker at least before a pool of processes is started


class PipelineError(Exception):
    """A run that cannot start: unreachable cluster, workers with other code."""


@dataclass
class Result:
    """Events of an in-memory run, the articles they came from, and the warnings."""
    events: list[dict]
    articles: list[Article]
    warnings: list[str]


@dataclass
class StoreRun:
    """What `update_store` did: articles read, how many were already stored, warnings."""
    articles: int
    reused: int
    warnings: list[str]


def _extract_safely(article: Article) -> tuple[list[dict], str]:
    """Events of one article as dicts; a failure becomes a warning instead of losing the run."""
    try:
        return [e.to_dict() for e in extract.extract_article(article)], ""
    except Exception as exc:  # one bad article must not lose the others' events
        return [], f"{article.path or article.id}: article {article.id} could not be processed ({type(exc).__name__}: {exc})"


def _extract_batch(batch: list[Article]) -> list[tuple[list[dict], str]]:
    """One Dask task: several articles, so the scheduler's overhead per task is spread."""
    return [_extract_safely(a) for a in batch]


def _sources(module: ModuleType) -> list[ModuleType]:
    """`module` and every module of this package it uses, directly or through another."""
    package = module.__name__.split(".")[0] + "."
    seen: dict[str, ModuleType] = {}
    todo = [module]
    while todo:
        m = todo.pop()
        if m.__name__ in seen:
            continue
        seen[m.__name__] = m
        for value in vars(m).values():
            name = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
            if isinstance(name, str) and name.startswith(package) and name in sys.modules:
                todo.append(sys.modules[name])
    return [seen[name] for name in sorted(seen)]


def extractor_version() -> str:
    """The extractor's version: `base_version()`, then "/" and a digest of every trigger rule, of
    every entry of countries, organisations and people, and of every word of status.toml, places.toml
    and offices.toml."""
    return f"{base_version()}/{rules.digest()}/{actors.digest()}/{cuewords.digest()}"


def base_version() -> str:
    """extract.base_version() (code version, lexicon but the trigger rules) plus a hash of the
    extractor's source code, so an edited rule in code invalidates stored events even when
    CODE_VERSION was not bumped."""
    h = hashlib.sha256()
    for m in _sources(extract):
        h.update(m.__name__.encode() + b"\0" + native.source_text(m).encode())
    return f"{extract.base_version()}-{h.hexdigest()[:12]}"


def article_key(article: Article, base: str) -> str:
    """The store's key of an article: its content, the base version, the trigger rules that can
    match in its text (`rules.relevance`), the countries, organisations and people extraction can
    read for it (`actors.relevance`) and the words of status.toml, places.toml and offices.toml that
    occur in it (`cuewords.relevance`). A rule, person, country, organisation, cue word, place word or
    office added, removed or changed thus makes new keys, and new extractions, only for the articles
    it concerns; any other change of code or lexicon, for every article."""
    day = article.published.start if article.published else None  # as extraction reads the actors
    text = article.text
    relevant = f"{rules.relevance(text)}/{actors.relevance(text, day)}/{cuewords.relevance(text)}"
    from . import eventstore
    return eventstore.article_key(article, f"{base}/{relevant}")


class Extractor:
    """Extracts lists of articles, results in input order: here, on a pool of processes or on Dask."""

    def __init__(self, workers: int = 1, dask: str | None = None) -> None:
        self.workers = workers
        self.client = _dask_client(dask) if dask else None
        self.pool = None

    def __enter__(self) -> "Extractor":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Stop the pool's processes and leave the cluster (the Extractor cannot be used after)."""
        if self.pool is not None:
            self.pool.terminate()
            self.pool = None
        if self.client is not None:
            self.client.close()
            self.client = None

    @property
    def local_pool(self) -> bool:
        """True when articles go to a pool of processes on this machine (forked from this one)."""
        return self.client is None and self.workers > 1

    def imap(self, arts: list, work: Callable | None = None) -> Iterator:
        """`work(article)` for each article, in order (by default `_extract_safely`: (events,
        warning)); the pool starts only when there is enough to share (POOL_SHARE articles a worker:
        a worker's start, about a second of lexicon loading, costs as much as a hundred articles),
        after the first article is done here, so that the forked workers find the lexicon loaded
        instead of each loading it again. On Dask only the default work is done."""
        if self.client is not None:
            assert work is None, "on Dask only extraction is sent to the workers"
            return _dask_imap(self.client, arts)
        work = work or _extract_safely
        if self.local_pool and len(arts) >= POOL_SHARE * self.workers:
            if self.pool is None:
                first = work(arts[0])
                import multiprocessing as mp
                self.pool = mp.get_context("fork").Pool(self.workers)
                return itertools.chain([first], self.pool.imap(work, arts[1:], chunksize=8))
            return self.pool.imap(work, arts, chunksize=8)
        return map(work, arts)


def _dask_client(address: str):
    """A client of the Dask scheduler at `address` whose workers run this very extractor."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise PipelineError(f"--dask {address}: dask.distributed is not installed "
                            "(pip install -r requirements.txt)") from exc
    try:
        client = Client(address, timeout=DASK_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        raise PipelineError(f"--dask {address}: cannot reach a Dask scheduler there ({type(exc).__name__}: {exc})") from exc
    try:
        _check_workers(client, address)
    except BaseException:
        client.close()
        raise
    return client


def _check_workers(client, address: str) -> None:
    """At least one worker, and every worker runs the same extractor version as this process."""
    try:
        client.wait_for_workers(1, timeout=DASK_TIMEOUT)
        versions = client.run(extractor_version)
    except (OSError, TimeoutError) as exc:
        raise PipelineError(f"--dask {address}: no worker joined within {DASK_TIMEOUT} s ({exc})") from exc
    except ImportError as exc:
        raise PipelineError(f"--dask {address}: the workers cannot import this project ({exc}); "
                            "install it on every worker") from exc
    mine = extractor_version()
    for worker, theirs in sorted(versions.items()):
        if theirs != mine:
            raise PipelineError(f"--dask {address}: worker {worker} runs extractor {theirs}, this machine {mine}; "
                                "install the same code and lexicon on every worker")


def _dask_imap(client, arts: list[Article]) -> Iterator[tuple[list[dict], str]]:
    """Results of tasks of DASK_TASK articles each, gathered in submission order; the tasks are
    submitted at once, before the first result is asked for."""
    tasks = [arts[i:i + DASK_TASK] for i in range(0, len(arts), DASK_TASK)]
    futures = client.map(_extract_batch, tasks, pure=False)

    def gather() -> Iterator[tuple[list[dict], str]]:
        for future in futures:
            yield from future.result()
            future.release()
    return gather()


def extract_paths(paths: Iterable[str], progress: Progress | None = None,
                  merge: bool = False, workers: int = 1, dask: str | None = None) -> Result:
    """Read every article below `paths` and extract its events; warnings name the file and reason.
    With several workers or on Dask the output is the same, in the same order."""
    warnings: list[str] = []
    arts = list(articles.read(paths, warnings.append))
    events: list[dict] = []
    with Extractor(workers, dask) as ex:
        for n, (evs, warning) in enumerate(ex.imap(arts), 1):
            events.extend(evs)
            if warning:
                warnings.append(warning)
            if progress:
                progress(n, len(arts))
    if merge:
        from .merge import merge_events
        events = merge_events(events, {a.id: a for a in arts})
    return Result(events, arts, warnings)


# (file, article id, key, the article when it needs extracting, else the part that stores it);
# the key is None while a worker is still to make it (`_keyed`)
Item = tuple[str, str, "str | None", "Article | None", "str | None"]

# The stored keys of the run in progress, for the forked workers of a local pool (`_keyed`): set
# before the pool is forked, so every worker has them without their being sent.
_known: "eventstore._Known | None" = None


def update_store(paths: Iterable[str], folder: str, progress: Progress | None = None, merge: bool = True,
                 workers: int = 1, dask: str | None = None, batch: int = BATCH,
                 say: Callable[[str], None] | None = None) -> StoreRun:
    """Bring the event store in `folder` up to date with the articles below `paths`, batch by batch:
    stored articles with the same content and extractor version are not extracted again, and the
    store afterwards holds exactly these articles. Merged events are recomputed from the stored ones
    (`say` is told which merge runs: a full one can take minutes on a large store).

    With a local pool of workers, the workers make the keys of the articles read (about 1.3 ms an
    article, most of what this process did per article) and extract those not stored; with one
    worker or on Dask, this process makes them."""
    global _known
    from . import eventstore
    warnings: list[str] = []
    version = extractor_version()
    base = eventstore.base_of(version)  # base_version(), which holds no "/": not made a second time
    tick = _ticker(progress)
    with Extractor(workers, dask) as ex, eventstore.Writer(folder, version) as store:
        _known = store.known
        try:
            queue: list[Item] = []
            todo = reused = 0
            finish = None  # of the batch the workers are on: this process reads the next one meanwhile
            for item in _items(paths, store, base, warnings, keys_here=not ex.local_pool):
                queue.append(item)
                todo += item[3] is not None
                reused += item[3] is None
                if todo >= batch:
                    submitted = _submit(queue, ex, store, warnings, tick, base)
                    reused += finish() if finish else 0
                    finish, queue, todo = submitted, [], 0
            submitted = _submit(queue, ex, store, warnings, tick, base)
            reused += finish() if finish else 0
            reused += submitted()
        finally:
            _known = None
        ex.close()  # the workers' memory is given back before the commit and the merge
        if store.same_articles(merge):
            store.keep()
        else:
            store.commit(store.merge(say=say) if merge else None)
    return StoreRun(tick(0), reused, warnings)


def _items(paths: Iterable[str], store: eventstore.Writer, base: str, warnings: list[str],
           keys_here: bool = True) -> Iterator[Item]:
    """Every article below `paths` in reading order, as `articles.read` gives them; a file unchanged
    since the store's last run is not read again (its articles and warnings come from the store).
    Without `keys_here`, an article read is given with no key (a worker makes it)."""
    seen = _Seen()
    for path in articles.files(paths, warnings.append):
        reused = store.reuse_file(path)
        if reused is None:
            entries, file_warnings = _read_file(path, store, base if keys_here else None)
        else:
            entries, file_warnings = [(aid, key, None, part) for aid, key, part in reused[0]], reused[1]
        warnings.extend(file_warnings)
        for aid, key, art, part in entries:
            first = seen.first(aid, path)
            if first is not None:  # the rule of articles.read, applied across files
                warnings.append(f"{path}: article id {aid!r} already read from {first}; skipped")
                continue
            if key is not None and art is not None:
                part = store.known.part(key)
            yield path, aid, key, None if part is not None else art, part


class _Seen:
    """The article ids read in this run and the file of each, for the repeated-id rule, without a
    Python object per id: 64-bit hashes in an open-addressing table of `array`s (a hit is compared
    with the id itself), ids and paths as Arrow chunks."""

    def __init__(self) -> None:
        from . import eventstore
        self.hash64 = eventstore.hash64
        self.slots = array("Q", bytes(8 << 12))  # 0: empty
        self.at = array("q", bytes(8 << 12))  # the id's number
        self.ids, self.paths = eventstore._Strings(), eventstore._Strings()
        self.file = array("i")  # the path of each id, as a number
        self.last: str | None = None

    def first(self, aid: str, path: str) -> str | None:
        """The file `aid` was first read from; None when it is new (it is then remembered with `path`)."""
        h = self.hash64(aid) or 1
        slots, mask = self.slots, len(self.slots) - 1
        i = h & mask
        while slots[i]:
            if slots[i] == h and self.ids[self.at[i]] == aid:
                return self.paths[self.file[self.at[i]]]
            i = (i + 1) & mask
        if path != self.last:
            self.paths.append(path)
            self.last = path
        slots[i], self.at[i] = h, len(self.ids)
        self.ids.append(aid)
        self.file.append(len(self.paths) - 1)
        if 2 * len(self.ids) > len(slots):
            self._grow()
        return None

    def _grow(self) -> None:
        old = [(h, n) for h, n in zip(self.slots, self.at) if h]
        self.slots = array("Q", bytes(16 * len(self.slots)))
        self.at = array("q", bytes(8 * len(self.slots)))
        mask = len(self.slots) - 1
        for h, n in old:
            i = h & mask
            while self.slots[i]:
                i = (i + 1) & mask
            self.slots[i], self.at[i] = h, n


def _read_file(path: str, store: eventstore.Writer, base: str | None) -> tuple[list[tuple[str, str | None, Article, None]], list[str]]:
    """(id, key, article, None) of each article of one input file and its reading warnings, which the
    store remembers; the keys are None when `base` is (a worker makes them)."""
    file_warnings: list[str] = []
    try:
        st = os.stat(path)  # before reading: a change while it is read makes the next run read it again
    except OSError:
        st = None
    arts = list(articles.read([path], file_warnings.append))
    if st is not None:
        store.read_file(path, st, len(arts), file_warnings)
    return [(a.id, article_key(a, base) if base is not None else None, a, None) for a in arts], file_warnings


def _keyed(job: tuple[Article, str]) -> tuple[str, list[dict] | None, str]:
    """In a worker: (key, events, warning) of an article; events None when the store has its key."""
    article, base = job
    key = article_key(article, base)
    if _known is not None and _known.part(key) is not None:
        return key, None, ""
    events, warning = _extract_safely(article)
    return key, events, warning


def _submit(queue: list[Item], ex: Extractor, store: eventstore.Writer, warnings: list[str], tick,
            base: str) -> Callable[[], int]:
    """Give the queued articles that need it to the workers (on a pool or Dask they start at once) and
    return the function that waits for them and records the whole queue in the store, in order. It
    returns how many of the articles given without a key turned out to be stored already."""
    keyed = any(item[2] is None for item in queue)
    todo = [i for i, item in enumerate(queue) if item[3] is not None]
    results = (ex.imap([(queue[i][3], base) for i in todo], _keyed) if keyed
               else ex.imap([queue[i][3] for i in todo]))

    def finish() -> int:
        tick(len(queue) - len(todo))
        extracted: dict[str, list[dict]] = {}
        stored = 0
        for i, result in zip(todo, results):
            path, aid, key, art, _ = queue[i]
            if keyed:
                key, evs, warning = result
                part = store.known.part(key)
                queue[i] = (path, aid, key, None if part is not None else art, part)
                stored += part is not None
            else:
                evs, warning = result
            if warning:
                warnings.append(warning)
            elif evs is not None:
                extracted[key] = evs
            tick(1)
        store.add(queue, extracted)
        return stored
    return finish


def _ticker(progress: Progress | None) -> Callable[[int], int]:
    """Counts articles done, tells `progress` (the total is not known while streaming) and returns the count."""
    done = 0

    def tick(n: int) -> int:
        nonlocal done
        done += n
        if progress and n:
            progress(done, 0)
        return done
    return tick
