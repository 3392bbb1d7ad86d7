"""Optional compiled builds of the extractor's hot modules (Cython), used only while fresh.

`python -m events compile` translates the modules in MODULES to C with Cython and builds them
into events/_native/, with a manifest of the SHA-256 of each source it compiled. When the
package is imported, `activate` puts that folder first on the package's search path if, and
only if, every source still has the hash in the manifest and the build is for this Python:
an edited module makes the whole build stale, and the pure-Python modules are used until it is
rebuilt (`status()` says why). The compiled modules are the same code, so the output is the
same; `.ci/run` checks that on the bundled corpus. Set EVENTS_PURE=1 to ignore a build.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import sysconfig
import tempfile
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
BUILD = PACKAGE / "_native"
MODULES = ("model", "sentences", "actors", "anchors", "dates", "rules", "extract", "layout", "articles")
_MANIFEST = "manifest.json"
_state = {"status": "pure Python (no compiled build: python -m events compile)"}


def _tag() -> str:
    return f"{sys.implementation.cache_tag}-{sysconfig.get_config_var('EXT_SUFFIX')}"


def digests(package: Path = PACKAGE) -> dict[str, str]:
    """SHA-256 of each compiled module's source."""
    return {m: hashlib.sha256((package / f"{m}.py").read_bytes()).hexdigest() for m in MODULES}


def source_text(module) -> str:
    """The Python source of a module of this package, also when it runs compiled."""
    path = Path(module.__file__)
    if path.suffix != ".py":  # compiled: its source is the module of that name beside this one
        path = PACKAGE.joinpath(*module.__name__.split(".")[1:]).with_suffix(".py")
    return path.read_text(encoding="utf-8")


def check(build: Path | None = None, package: Path = PACKAGE) -> tuple[bool, str]:
    """Whether the build in `build` (events/_native) may be used for the sources in `package`, and why (not)."""
    build = BUILD if build is None else build
    if os.environ.get("EVENTS_PURE"):
        return False, "pure Python (EVENTS_PURE is set)"
    path = build / _MANIFEST
    if not path.is_file():
        return False, "pure Python (no compiled build: python -m events compile)"
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return False, f"pure Python (unreadable {path}: {e})"
    if manifest.get("tag") != _tag():
        return False, f"pure Python (the build in {build} is for another Python: rebuild with python -m events compile)"
    now = digests(package)
    stale = sorted(m for m in MODULES if manifest.get("sources", {}).get(m) != now[m])
    if stale:
        return False, f"pure Python (the compiled build is stale, {', '.join(stale)} changed: python -m events compile)"
    missing = [m for m in MODULES if not (build / f"{m}{sysconfig.get_config_var('EXT_SUFFIX')}").is_file()]
    if missing:
        return False, f"pure Python (the compiled build lacks {', '.join(missing)}: python -m events compile)"
    return True, f"compiled (Cython {manifest.get('cython', '?')})"


def activate(path: list[str]) -> None:
    """Put a fresh build first on the package search path `path` (the package's __path__)."""
    try:
        ok, why = check()
    except OSError as e:  # a source that cannot be read: the import itself will say more
        ok, why = False, f"pure Python ({e})"
    _state["status"] = why
    if ok and str(BUILD) not in path:
        path.insert(0, str(BUILD))


def status() -> str:
    """How the extractor runs in this process: compiled, or pure Python and why."""
    return _state["status"]


def build(out: Path = BUILD, jobs: int = 2, quiet: bool = False) -> Path:
    """Compile MODULES into `out` (replaced as a whole, so a failed build leaves the old one)."""
    try:
        import Cython
        from Cython.Build import cythonize
        from setuptools import Distribution
    except ImportError as e:
        raise SystemExit(f"compile: {e.name} is not installed: python3 -m pip install -r requirements-native.txt")
    sources = digests()
    with tempfile.TemporaryDirectory(prefix="events-native-") as tmp:
        work = Path(tmp)
        pkg = work / "events"
        pkg.mkdir()
        (pkg / "__init__.py").write_text("")
        for m in MODULES:  # compile a snapshot, so the manifest's hashes are of what was compiled
            shutil.copyfile(PACKAGE / f"{m}.py", pkg / f"{m}.py")
        if digests(pkg) != sources:
            raise SystemExit("compile: the sources changed while they were copied; run it again")
        cwd = os.getcwd()
        os.chdir(work)
        try:
            exts = cythonize([f"events/{m}.py" for m in MODULES], quiet=quiet, nthreads=jobs, language_level=3,
                             compiler_directives={"annotation_typing": False})
            dist = Distribution({"ext_modules": exts, "script_args": ["-q"] if quiet else []})
            cmd = dist.get_command_obj("build_ext")
            cmd.build_lib, cmd.build_temp, cmd.parallel = str(work / "lib"), str(work / "temp"), jobs
            cmd.ensure_finalized()
            cmd.run()
        finally:
            os.chdir(cwd)
        staged = work / "out"
        staged.mkdir()
        for so in (work / "lib" / "events").glob("*" + sysconfig.get_config_var("EXT_SUFFIX")):
            shutil.copyfile(so, staged / so.name)
        (staged / _MANIFEST).write_text(json.dumps(
            {"tag": _tag(), "cython": Cython.__version__, "sources": sources}, indent=1), encoding="utf-8")
        old = out.with_name(out.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if out.exists():
            out.rename(old)
        shutil.move(str(staged), str(out))
        shutil.rmtree(old, ignore_errors=True)
    return out


def add_arguments(p) -> None:
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parallel compiler jobs")
    p.add_argument("--quiet", action="store_true", help="print only the result")
    p.add_argument("--status", action="store_true", help="only say whether a fresh compiled build is in use")


def main(args) -> int:
    if args.status:
        print(status())
        return 0
    out = build(jobs=max(1, args.jobs), quiet=args.quiet)
    ok, why = check()
    print(f"compiled {len(MODULES)} modules into {out}: {why}")
    return 0 if ok else 1
