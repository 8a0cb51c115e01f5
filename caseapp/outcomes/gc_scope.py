"""Keeping the cycle collector to the objects a large piece of work makes itself.

The engine (and the demo builder) make hundreds of thousands of small tuples, none in a cycle;
each burst of them sets off collections that also walk every object alive before (the caller's
facts, a GUI's models), which was about half of the engine's time on 10,000 participants. Inside
`new_objects_only()` those older objects are frozen (`gc.freeze`): the collector keeps running,
for this thread and every other, and only skips them until the block ends.

It acts on the main thread only. Freezing is process-wide state, and a worker thread (the GUI
computes figures off its thread) must not change it under the main thread's feet; there the
collector simply runs as usual.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_depth = [0]  # nested blocks freeze and unfreeze once, at the outermost


@contextmanager
def new_objects_only() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    if _depth[0] == 0:
        gc.freeze()
    _depth[0] += 1
    try:
        yield
    finally:
        _depth[0] -= 1
        if _depth[0] == 0:
            gc.unfreeze()
