"""Documents checked in worker processes, with stops that are clean and deaths that cost one document.

- **Ctrl+C or SIGTERM** stops the queue at once: the workers ignore SIGINT (the terminal sends it to
  the whole process group; the parent decides), the parent terminates them, every document that was
  not finished gets a row saying it was not checked, and the caller writes what is done, marked as
  incomplete. A second Ctrl+C exits at once. The parent's handlers only set a flag that the queue
  loop reads between waits: an exception raised by the signal at an arbitrary point could strike
  inside `concurrent.futures.wait` while it holds the futures' locks, and the executor's manager
  thread, blocked on such a lock, would then keep the interpreter from exiting (seen once in CI).
- **A worker that dies** (the out-of-memory killer, a crash in a library) breaks a
  `ProcessPoolExecutor`, and every pending future fails with it. Here only the documents that were
  being checked at that moment are suspects: each is tried again alone in a pool of its own, so the
  one that kills its worker is named in its row, and the rest of the queue runs in a new pool.
"""
from __future__ import annotations

import os
import signal
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

DIED = ("Het verwerkingsproces stopte onverwacht bij dit document (bijvoorbeeld door geheugengebrek of "
        "een fout in een bibliotheek); de andere documenten zijn wel verwerkt. Probeer dit bestand apart "
        "met 'akkoordcheck check'.")
STOPPED = "Niet verwerkt: de batch werd gestopt (Ctrl+C of kill) voordat dit document klaar was."

_STARTED = None  # in a worker: the queue on which it says which document it starts


class Stopped(Exception):
    """The batch was stopped by Ctrl+C or SIGTERM."""


def _init(queue, initializer, initargs) -> None:
    global _STARTED
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops the batch, not the terminal
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _STARTED = queue
    initializer(*initargs)


def _tracked(fn, index: int, args: tuple):
    _STARTED.put(index)
    return fn(*args)


def run_all(fn: Callable, args: list[tuple], jobs: int, initializer: Callable, initargs: tuple,
            on_result: Callable[[int, dict], None]) -> bool:
    """Run `fn(*args[i])` for every i in worker processes, calling `on_result(i, result)` as each
    finishes (a failed document gets {"error": ...}). Returns False when the batch was stopped (the
    unfinished documents then have a STOPPED row)."""
    import multiprocessing

    done: set[int] = set()

    def finish(i: int, res: dict) -> None:
        if i not in done:
            done.add(i)
            on_result(i, res)

    import threading

    stopping = threading.Event()

    def stop(signum, frame):
        if stopping.is_set() and signum == signal.SIGINT:
            os._exit(130)  # a second Ctrl+C: out at once
        stopping.set()  # read by the queue loop at its next turn (see the module's docstring)

    main = threading.current_thread() is threading.main_thread()  # (signals only there: serve runs batches in threads)
    old = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)} if main else {}
    queue = multiprocessing.get_context().SimpleQueue()
    pending = list(range(len(args)))
    try:
        while pending:
            suspects = _one_pool(fn, args, pending, jobs, initializer, initargs, queue, finish, stopping)
            if not suspects:
                break
            for i in suspects:  # alone, so the one that kills its worker is the one named
                if _one_pool(fn, args, [i], 1, initializer, initargs, queue, finish, stopping):
                    finish(i, {"error": DIED})
            pending = [i for i in pending if i not in done]
    except (KeyboardInterrupt, Stopped):
        if main:  # a second Ctrl+C while what is done is written: out at once
            old[signal.SIGINT] = lambda *a: os._exit(130)
        for i in range(len(args)):
            finish(i, {"error": STOPPED})
        return False
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
    return True


def _one_pool(fn, args, indices, jobs, initializer, initargs, queue, finish, stopping) -> list[int]:
    """Run `indices` in one pool. Returns [] when all finished, else the documents that were being
    checked when a worker died (the others are left for the next pool). Raises Stopped soon after
    `stopping` is set."""
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(queue, initializer, initargs))
    futures = {pool.submit(_tracked, fn, i, args[i]): i for i in indices}
    started: set[int] = set()
    try:
        remaining = set(futures)
        while remaining:
            if stopping.is_set():
                raise Stopped()
            finished, remaining = wait(remaining, timeout=0.2, return_when=FIRST_COMPLETED)
            while not queue.empty():
                started.add(queue.get())
            for fut in finished:
                i = futures[fut]
                try:
                    finish(i, fut.result())
                except BrokenProcessPool:
                    while not queue.empty():
                        started.add(queue.get())
                    suspects = sorted(j for j in started if not _done(futures, j))
                    # (none known: the first unfinished ones, so that every round makes progress)
                    return suspects or sorted(j for j in indices if not _done(futures, j))[:jobs]
                except Exception as e:  # an error of the document's own, raised in the worker
                    finish(i, {"error": f"Verwerking afgebroken: {type(e).__name__}: {e}"})
                started.discard(i)
        return []
    except BaseException:
        _terminate(pool)
        raise
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _done(futures, index: int) -> bool:
    fut = next(f for f, i in futures.items() if i == index)
    return fut.done() and not fut.cancelled() and fut.exception() is None


def _terminate(pool: ProcessPoolExecutor) -> None:
    """Stop the pool's workers now (the executor has no public way; its processes are a dict)."""
    for proc in list((getattr(pool, "_processes", None) or {}).values()):
        try:
            proc.terminate()
        except Exception:
            pass
    for proc in list((getattr(pool, "_processes", None) or {}).values()):
        proc.join(timeout=2)
