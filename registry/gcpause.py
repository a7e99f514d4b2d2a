"""Pause the cyclic garbage collector around bulk work (no numpy, no rapidfuzz: cheap to import)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while bulk-building acyclic objects (results,
    decisions, candidates, registry rows): with a large heap its collections cost a third of
    that work. Reference counting still frees everything; the previous state is restored."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
