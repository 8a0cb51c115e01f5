"""The cycle collector during the engine's work: older objects frozen on the main thread only,
restored after, and left alone from worker threads."""

from __future__ import annotations

import gc
import threading

from caseapp.outcomes.gc_scope import new_objects_only


def test_on_the_main_thread_older_objects_are_frozen_until_the_block_ends() -> None:
    assert gc.get_freeze_count() == 0
    with new_objects_only():
        frozen = gc.get_freeze_count()
        assert frozen > 0 and gc.isenabled()  # the collector keeps running
        with new_objects_only():  # nested: nothing more is frozen, nothing thawed early
            assert gc.get_freeze_count() == frozen
        assert gc.get_freeze_count() == frozen
    assert gc.get_freeze_count() == 0


def test_a_worker_thread_changes_nothing() -> None:
    seen: list[int] = []

    def work() -> None:
        with new_objects_only():
            seen.append(gc.get_freeze_count())

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert seen == [0] and gc.isenabled()


def test_an_error_inside_still_thaws() -> None:
    try:
        with new_objects_only():
            raise ValueError("stop")
    except ValueError:
        pass
    assert gc.get_freeze_count() == 0
