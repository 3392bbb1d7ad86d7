"""`--dask ADDRESS`: the same extraction on a Dask cluster writes the same store (an in-process LocalCluster)."""
import threading
from pathlib import Path

import pytest
from distributed import LocalCluster

from conftest import ROOT
from events import eventstore, pipeline
from events.cli import main as cli
from test_pipeline import copy_articles

SMALL = sorted((Path(ROOT) / "data" / "articles").glob("middle-east-balkans/*.txt"))[:6]


@pytest.fixture(scope="module")
def scheduler():
    with LocalCluster(processes=False, n_workers=1, threads_per_worker=2, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def small(tmp_path):
    return copy_articles(SMALL, tmp_path / "small")


def test_dask_writes_the_same_store(scheduler, small, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "DASK_TASK", 2)  # several tasks, gathered in order
    pipeline.update_store([str(small)], str(tmp_path / "local"))
    assert cli(["extract", str(small), "--store", str(tmp_path / "dask"), "--dask", scheduler, "--quiet",
                "--batch", "4"]) == 0
    for merged in (True, False):
        local = eventstore.read(str(tmp_path / "local"), merged=merged)
        assert local.num_rows and local.equals(eventstore.read(str(tmp_path / "dask"), merged=merged))
    assert pipeline.extract_paths([str(small)], dask=scheduler).events == pipeline.extract_paths([str(small)]).events


def _version_by_thread() -> str:
    """In-process workers run in other threads: let them report another extractor version."""
    return "this machine" if threading.current_thread() is threading.main_thread() else "the workers"


def test_workers_with_other_code_are_refused(scheduler, small, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "extractor_version", _version_by_thread)
    with pytest.raises(pipeline.PipelineError, match="runs extractor .* install the same code"):
        pipeline.update_store([str(small)], str(tmp_path / "store"), dask=scheduler)


@pytest.mark.parametrize("address", ["tcp://127.0.0.1:9", "geen-adres://x"])
def test_unreachable_scheduler_is_named(small, tmp_path, capsys, monkeypatch, address):
    monkeypatch.setattr(pipeline, "DASK_TIMEOUT", 1)
    assert cli(["extract", str(small), "--out", str(tmp_path / "e.jsonl"), "--dask", address]) == 2
    err = capsys.readouterr().err
    assert f"--dask {address}: cannot reach a Dask scheduler there" in err
    assert not (tmp_path / "e.jsonl").exists()
