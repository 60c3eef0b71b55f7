"""Running sweep points: one point in this process (:func:`run_point`), and three ways to run many
(:func:`run_in_process`, :func:`run_in_pool` - local worker processes, :func:`run_on_dask` - a Dask
distributed cluster). Each yields ``(index, outcome)`` as points finish, in any order.

An outcome is a flat dict: ``status`` (ok | error), ``error`` (one line, empty when ok) and the run's
JSON summary fields that are scalars (nested objects flattened as ``parent.key``, the lists of messages
joined, other lists left out). A point whose run fails (a bad value, a fault of the program, a crash)
is an outcome with status error, never an exception.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from msp430emu.errors import ConfigError, EmuError

Outcome = dict[str, object]
POOL_STRIKES = 2            # a point running while its worker pool broke this many times is an error
DASK_CONNECT_TIMEOUT_S = 20
DASK_PROBE_TIMEOUT_S = 5    # a TCP connection to the scheduler's port, before the client's own handshake
TEXT_LISTS = ("faults", "warnings")     # run fields that are lists of one-line messages


@dataclass(frozen=True)
class Task:
    """One point: its index in the sweep and what its runner runs: a :class:`~msp430emu.config.RunConfig`
    without its firmware (the runner is given the firmware), or the one-line error that made the point's
    configuration invalid."""

    index: int
    config: object


def flatten(fields: dict, prefix: str = "") -> Outcome:
    """The scalar fields of a run's JSON summary; nested dicts as ``parent.key``; the lists of messages
    (:data:`TEXT_LISTS`) as one string joined by " | "; other lists are left out."""
    out: Outcome = {}
    for key, value in fields.items():
        if isinstance(value, dict):
            out.update(flatten(value, f"{prefix}{key}."))
        elif value is None or isinstance(value, (str, int, float, bool)):
            out[prefix + key] = value
        elif prefix + key in TEXT_LISTS and isinstance(value, list):
            out[prefix + key] = " | ".join(map(str, value))
    return out


def firmware_file(firmware: str | bytes) -> str:
    """A path to the firmware: the path itself, or the bytes written once (by content hash) to a temporary
    folder of this machine (a Dask worker may not see the submitting machine's files)."""
    if isinstance(firmware, str):
        return firmware
    folder = Path(tempfile.gettempdir()) / f"msp430emu-sweep-fw-{os.getuid()}"
    folder.mkdir(exist_ok=True)
    path = folder / hashlib.sha256(firmware).hexdigest()
    if not path.is_file():
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".fw.")
        with os.fdopen(fd, "wb") as f:
            f.write(firmware)
        os.replace(tmp, path)
    return str(path)


def run_point(config, firmware: str | bytes) -> Outcome:
    """``simulate(config)`` with the firmware in this process, as an outcome (never raises for a failing
    point). ``config``: a RunConfig, or the one-line error of a point whose configuration is invalid."""
    from msp430emu.session import simulate

    if isinstance(config, str):
        return {"status": "error", "error": config}
    try:
        fields = simulate(config.replace(firmware=firmware_file(firmware))).to_dict()
    except EmuError as exc:
        return {"status": "error", "error": str(exc)}
    except Exception as exc:                    # a crash (or a full disk) must not end a whole sweep
        return {"status": "error", "error": " ".join(f"{type(exc).__name__}: {exc}".split())}
    failed = fields.get("exit") == "fault"
    return {"status": "error" if failed else "ok", "error": fields.get("message", "") if failed else "",
            **flatten(fields)}


def run_in_process(tasks: list[Task], firmware: str) -> Iterator[tuple[int, Outcome]]:
    for task in tasks:
        yield task.index, run_point(task.config, firmware)


Runner = Callable[[tuple[str, ...], str], Outcome]
WARM_MODULE = "msp430emu.campaigns.sweep.warm"


def pool_context():
    """Worker processes forked from a server that loaded the emulator once
    (:mod:`msp430emu.campaigns.sweep.warm`);
    spawned ones where the platform has no fork server. Neither inherits this process's threads."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([WARM_MODULE])
    _start_forkserver_deaf()
    return context


def _start_forkserver_deaf() -> None:
    """Start the fork server with Ctrl-C ignored (inherited through exec): a Ctrl-C that reaches the whole
    process group while it preloads the emulator would print its KeyboardInterrupt traceback. The main
    process handles Ctrl-C alone and stops the workers."""
    import signal
    import threading
    from multiprocessing import forkserver

    if threading.current_thread() is not threading.main_thread():
        forkserver.ensure_running()
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, previous)



def ignore_interrupts() -> None:
    """Initializer of the worker processes: Ctrl-C reaches the whole process group, but only the main
    process handles it (it stops the workers); a worker must not print its own KeyboardInterrupt."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _submit(pool, *args):
    """``pool.submit(*args)`` with Ctrl-C and SIGTERM held back until it returns: an interrupt in the middle
    of starting a worker would leave a worker the pool does not know (and cannot stop). A signal that
    arrives meanwhile is delivered (its handler called) once the submission is done."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return pool.submit(*args)
    held: list[tuple[int, object]] = []
    signals = (signal.SIGINT, signal.SIGTERM)
    previous = {sig: signal.getsignal(sig) for sig in signals}
    for sig in signals:
        signal.signal(sig, lambda signum, frame: held.append((signum, frame)))
    try:
        return pool.submit(*args)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        for signum, frame in held[:1]:
            handler = previous[signum]
            if callable(handler):
                handler(signum, frame)
            elif handler == signal.SIG_DFL and signum == signal.SIGINT:
                raise KeyboardInterrupt


def stop_workers(pool) -> None:
    """Terminate the pool's worker processes and wait for them (the points they were running are
    abandoned)."""
    import multiprocessing

    pool.shutdown(wait=False, cancel_futures=True)     # no new worker from here on
    processes = {id(p): p for p in [*(getattr(pool, "_processes", None) or {}).values(),
                                    *multiprocessing.active_children()]}.values()
    for process in processes:
        try:
            process.terminate()
        except (OSError, ValueError, AttributeError):
            pass
    for process in processes:
        try:
            process.join(5)
        except (OSError, ValueError, AttributeError, AssertionError):
            pass
    pool.shutdown(wait=False, cancel_futures=True)


def run_in_pool(tasks: list[Task], firmware: str, jobs: int,
                runner: Runner = run_point) -> Iterator[tuple[int, Outcome]]:
    """At most ``jobs`` points at once in worker processes (:func:`pool_context`), each
    ``runner(config, firmware)`` (a module-level function). If a worker dies the pool is rebuilt and the
    points that were running become suspects, each tried again alone (so the point that kills its worker
    is told apart from its neighbours); a point running at :data:`POOL_STRIKES` breaks is recorded as an
    error."""
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    todo = list(reversed(tasks))
    suspects: list[Task] = []
    strikes: dict[int, int] = {}
    context = pool_context()
    while todo or suspects:
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=ignore_interrupts)
        running: dict = {}
        broken = False
        try:
            while (todo or suspects or running) and not broken:
                if suspects:                            # alone, before anything else
                    if not running:
                        task = suspects.pop()
                        running[_submit(pool, runner, task.config, firmware)] = task
                else:
                    while todo and len(running) < jobs:
                        task = todo.pop()
                        running[_submit(pool, runner, task.config, firmware)] = task
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    task = running.pop(future)
                    try:
                        outcome = future.result()
                    except BrokenProcessPool:
                        broken = True
                        running[future] = task
                        continue
                    yield task.index, outcome
            for task in running.values():         # the pool broke: these were running
                strikes[task.index] = strikes.get(task.index, 0) + 1
                if strikes[task.index] >= POOL_STRIKES:
                    yield task.index, {"status": "error", "error": "the worker process running this point "
                                                                   f"died ({POOL_STRIKES} times)"}
                else:
                    suspects.append(task)
        except BaseException:                       # Ctrl-C, SIGTERM, the consumer gone: stop the workers now
            stop_workers(pool)
            raise
        finally:
            pool.shutdown(wait=not broken, cancel_futures=True)


def connect_dask(address: str, timeout: float | None = None):
    """A dask.distributed Client of the scheduler at ``address`` (waiting at most ``timeout`` s, default
    :data:`DASK_CONNECT_TIMEOUT_S`); one-line errors."""
    timeout = DASK_CONNECT_TIMEOUT_S if timeout is None else timeout
    probe_scheduler(address)
    try:
        from distributed import Client
    except ImportError:
        raise ConfigError("--dask needs the dask[distributed] package (pip install 'dask[distributed]')") \
            from None
    try:
        return Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConfigError(f"--dask {address}: cannot connect to the scheduler "
                          f"({' '.join(str(exc).split()) or type(exc).__name__})") from None


def probe_scheduler(address: str, timeout: float = DASK_PROBE_TIMEOUT_S) -> None:
    """Refuse at once an address nothing listens on (a refused TCP connection, an unknown host, a malformed
    address), instead of the client's long time-out; other schemes are left to the client."""
    from urllib.parse import urlsplit

    text = address if "://" in address else f"tcp://{address}"
    try:
        parts = urlsplit(text)
        host, port = parts.hostname, parts.port
    except ValueError:
        raise ConfigError(f"--dask {address}: not an address (e.g. tcp://10.0.0.5:8786)") from None
    if parts.scheme != "tcp":
        return
    if not host or port is None:
        raise ConfigError(f"--dask {address}: not an address with a host and a port "
                          "(e.g. tcp://10.0.0.5:8786)")
    import socket

    try:
        with socket.create_connection((host, port), timeout=timeout):
            pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        if isinstance(exc, TimeoutError):
            reason = f"no answer in {timeout:g} s"
        raise ConfigError(f"--dask {address}: cannot connect to the scheduler ({reason})") from None


def run_on_dask(tasks: list[Task], firmware: bytes, client) -> Iterator[tuple[int, Outcome]]:
    """Every point as a task of the cluster ``client`` (from :func:`connect_dask`; closed at the end); the
    firmware is sent to the workers once. Trace files named in harvester specs must be readable at the
    same path on the workers."""
    from distributed import as_completed

    try:
        fw = client.scatter(firmware, broadcast=True, hash=True)
        futures = {client.submit(run_point, task.config, fw, pure=False,
                                 key=f"msp430emu-point-{task.index}-{os.urandom(4).hex()}"): task
                   for task in tasks}
        for future in as_completed(futures, loop=client.loop):
            task = futures[future]
            try:
                outcome = future.result()
            except Exception as exc:            # a worker lost or killed while running the point
                outcome = {"status": "error", "error": " ".join(f"{type(exc).__name__}: {exc}".split())}
            yield task.index, outcome
    finally:
        client.close()


__all__ = ["Outcome", "Task", "connect_dask", "firmware_file", "flatten", "ignore_interrupts",
           "probe_scheduler", "run_in_pool", "run_in_process", "run_on_dask", "run_point", "stop_workers"]
