"""Safe output files, shared by every command: ``check_output`` refuses an output that is
also an input, ``AtomicOutput`` replaces the file only when the run completed."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

__all__ = ["UsageError", "check_output", "AtomicOutput"]


class UsageError(ValueError):
    """A bad command line (exit status 2)."""


def check_output(output: str | None, inputs: Iterable[Path]) -> None:
    """Refuse an ``-o`` that is one of the inputs (also through a symlink or hard link)."""
    if not output or output == "-" or not os.path.exists(output):
        return
    for path in inputs:
        try:
            same = os.path.samefile(path, output)
        except OSError:
            continue
        if same:
            raise UsageError(f"-o {output} is also an input ({path}); it would be overwritten")


class AtomicOutput:
    """A text file written under a temporary name in the same directory and renamed over
    ``path`` on ``commit()``: an interrupted or failed run never leaves a truncated file.
    ``abort()`` keeps what was written as ``PATH.partial`` (if anything) and returns that name."""

    def __init__(self, path: str) -> None:
        import stat
        import tempfile

        self.target = os.path.realpath(path)  # a symlink: write where it points
        try:
            special = not stat.S_ISREG(os.stat(self.target).st_mode)
        except FileNotFoundError:
            special = False
        self.tmp = None
        if special:  # /dev/null, a FIFO, a terminal: written in place, never replaced
            self.file = open(self.target, "w", encoding="utf-8", newline="")
            return
        folder, name = os.path.split(self.target)
        try:
            fd, self.tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder or ".")
        except OSError as exc:
            raise OSError(f"cannot write {path}: {exc.strerror or exc} ({folder})") from None
        self.file = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def commit(self) -> None:
        self.file.close()
        if self.tmp is None:
            return
        try:
            mode = os.stat(self.target).st_mode & 0o7777
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(self.tmp, mode)
        os.replace(self.tmp, self.target)

    def abort(self) -> str | None:
        self.file.close()
        if self.tmp is None:
            return None
        if os.path.getsize(self.tmp) == 0:
            os.unlink(self.tmp)
            return None
        partial = self.target + ".partial"
        os.replace(self.tmp, partial)
        return partial
