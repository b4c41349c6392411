"""Wheel build hook: compile ``src/luoyang_nlp/_native/kernels.c`` into the shared library
that the NER model loads with ctypes (``luoyang_nlp._native``).

Plain C99, no Python headers: any C compiler will do (``$CC``, else ``cc``). Without one, or
with ``LUOYANG_NLP_PURE=1``, the wheel is built pure Python and the model runs its numpy code
(same output, slower); the build says so rather than failing.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SOURCE = Path("src/luoyang_nlp/_native/kernels.c")
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


class KernelsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or os.environ.get("LUOYANG_NLP_PURE", "") not in ("", "0"):
            return
        root = Path(self.root)
        if version == "editable":  # the source tree is imported: build beside the C file
            out = root / SOURCE.parent / NAME
        else:
            out = Path(tempfile.mkdtemp(prefix="luoyang-kernels-")) / NAME
        err = compile_library(root, out)
        if err:
            print(f"luoyang-nlp: compiled kernels not built ({err}); the model will run in numpy", file=sys.stderr)
            return
        if version != "editable":
            build_data["force_include"][str(out)] = f"luoyang_nlp/_native/{NAME}"
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
