"""Wheel build hook: two compiled parts, each with a pure-Python fallback of the same output.

- ``src/luoyang_nlp/_native/kernels.c`` becomes the shared library that the NER model loads
  with ctypes (``luoyang_nlp._native``). Plain C99, no Python headers: any C compiler will do
  (``$CC``, else ``cc``).
- The rule modules in ``COMPILED`` (the facts rules, which link figures to owners and
  measures, the figure recogniser and the entity rules) are compiled to C extension modules
  with mypyc, from the same ``.py`` files and their type annotations (facts 2.1x, figures
  1.3x, entity matching 1.1-1.5x the pure-Python speed: their regex, automaton and model
  scans are C already; the same output; ``docs/performance.md``).

Without a C compiler, or with ``LUOYANG_NLP_PURE=1``, the wheel is built pure Python; the build
says so rather than failing. An editable install compiles the kernels but not the rule
packages: a compiled module would shadow the ``.py`` file a developer edits.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SOURCE = Path("src/luoyang_nlp/_native/kernels.c")
# the modules mypyc compiles, as globs under src/ less NOT_COMPILED, in one group (a call from
# one compiled module to another is a C call); each compiled package's COMPILED flag tells at run time
COMPILED = ("luoyang_nlp/facts/*.py", "luoyang_nlp/figures/*.py", "luoyang_nlp/entities/*.py", "luoyang_nlp/link/*.py",
            "luoyang_nlp/resolve.py")
# modules of those globs left as Python: the entity matcher and lexicon entries users make,
# subclass and pickle (a compiled frozen dataclass does not unpickle), and the statistical
# model, whose work is numpy and C (it reads its own __dict__, too). A package's __init__ is
# compiled only with all its modules: a compiled __init__ imports no .py module beside it.
NOT_COMPILED = ("luoyang_nlp/entities/__init__.py", "luoyang_nlp/entities/lexicon.py",
                "luoyang_nlp/entities/model.py")
# seconds the mypyc step may take before the build falls back to pure Python: ~3 minutes on a
# quiet 2-core machine, but over 15 under a load of 8 (900 s, the old limit, silently gave
# pure-Python wheels there); $LUOYANG_MYPYC_TIMEOUT overrides it
MYPYC_TIMEOUT = float(os.environ.get("LUOYANG_MYPYC_TIMEOUT") or 3600)
GROUP = "luoyang_nlp._compiled"  # the shared library holding the group: luoyang_nlp/_compiled__mypyc.*.so
NAME = "libluoyang_kernels" + (".dylib" if sys.platform == "darwin" else ".dll" if os.name == "nt" else ".so")


def compile_library(root: Path, out: Path) -> str | None:
    """Compile the kernels into ``out``; return None, or why it could not be built."""
    cc = shlex.split(os.environ.get("CC") or "cc")
    cmd = [*cc, "-O2", "-std=c99", "-fPIC", "-shared", "-o", str(out), str(root / SOURCE)]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"{cmd[0]}: {e}"
    return None if r.returncode == 0 and out.is_file() else (r.stderr.strip() or f"exit {r.returncode}")


def compile_packages(root: Path, out: Path) -> tuple[list[Path], str | None]:
    """Compile the ``COMPILED`` modules with mypyc into ``out`` (a tree of ``luoyang_nlp/...``
    extension modules); return the files made, or why it could not be built. Runs in a
    subprocess: mypy keeps global state, and the package's source root is its working folder."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "mypyc", str(out)]
    try:
        r = subprocess.run(cmd, cwd=root / "src", capture_output=True, text=True, timeout=MYPYC_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as e:
        return [], f"mypyc: {e}"
    made = sorted(p for p in (out / "lib").rglob("*") if p.suffix in (".so", ".pyd"))
    if r.returncode != 0 or not made:
        return [], (r.stderr.strip() or r.stdout.strip() or f"exit {r.returncode}")[-2000:]
    return made, None


def _mypyc_main(out: str) -> None:
    """The subprocess of ``compile_packages``: C from mypyc, built by setuptools' build_ext."""
    from mypyc.build import mypycify
    from setuptools import Distribution
    from setuptools.command.build_ext import build_ext

    paths = sorted({p.as_posix() for pattern in COMPILED for p in Path().glob(pattern)} - set(NOT_COMPILED))
    # the rest of the package is imported by these modules but not compiled: not checked either.
    # The build environment holds the build requirements only (a fresh venv installs numpy,
    # regex, ahocorasick-rs after the wheel is built): a package missing there is typed Any,
    # which the modules' own annotations check at run time (``mypy`` in a dev venv sees them all)
    exts = mypycify(["--follow-imports=silent", "--ignore-missing-imports", *paths], opt_level="3",
                    group_name=GROUP, target_dir=str(Path(out) / "c"))
    cmd = build_ext(Distribution({"name": "luoyang-nlp-compiled", "ext_modules": exts}))
    cmd.build_lib, cmd.build_temp = str(Path(out) / "lib"), str(Path(out) / "tmp")
    cmd.ensure_finalized()
    cmd.run()


class CompiledBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        self._scratch_dirs: list[Path] = []  # removed in finalize
        if self.target_name != "wheel" or os.environ.get("LUOYANG_NLP_PURE", "") not in ("", "0"):
            return
        root = Path(self.root)
        if version == "editable":  # the source tree is imported: build beside the C file
            out = root / SOURCE.parent / NAME
        else:
            out = self._scratch("luoyang-kernels-") / NAME
        err = compile_library(root, out)
        if err:
            print(f"luoyang-nlp: compiled kernels not built ({err}); the model will run in numpy", file=sys.stderr)
            return
        if version != "editable":
            build_data["force_include"][str(out)] = f"luoyang_nlp/_native/{NAME}"
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        if version == "editable":
            return
        work = self._scratch("luoyang-mypyc-")
        made, err = compile_packages(root, work)
        if err:
            print(f"luoyang-nlp: {', '.join(COMPILED)} not compiled ({err}); they run as Python", file=sys.stderr)
            return
        for path in made:
            build_data["force_include"][str(path)] = path.relative_to(work / "lib").as_posix()

    def _scratch(self, prefix: str) -> Path:
        """A temporary build folder, removed in `finalize` once the wheel is written."""
        path = Path(tempfile.mkdtemp(prefix=prefix))
        self._scratch_dirs.append(path)
        return path

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        # each build left ~35 MB of C sources and objects in the temp folder (measured: 47
        # builds, 1 GB); the wheel holds copies of what it needs
        for path in getattr(self, "_scratch_dirs", ()):
            shutil.rmtree(path, ignore_errors=True)


if __name__ == "__main__" and sys.argv[1:2] == ["mypyc"]:
    _mypyc_main(sys.argv[2])
