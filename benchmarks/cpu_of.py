"""CPU time (user + system) of a command and of every process it started, orphans included.

`/usr/bin/time` counts a process and the children it waited for, and theirs. A batch's workers
are forked from multiprocessing's fork server (helpers.run.batch), a child of the supervisor that
the supervisor never waits for: it exits after it, so the CPU of the workers and kernels it
reaped is counted nowhere. Measured that way, `make test` looks tens of seconds cheaper than it
is. This runs the command as a child subreaper (Linux, prctl PR_SET_CHILD_SUBREAPER): every
orphan below it is reparented here and reaped at once (a zombie left waiting would look like a
live kernel to the tests that check kernels are gone), so the total is every process's CPU.

    .venv/bin/python benchmarks/cpu_of.py .venv/bin/python -m pytest -q

Prints one line on stderr (exit code, wall, CPU, user, system) and exits with the command's code.
"""

from __future__ import annotations

import ctypes
import os
import resource
import subprocess
import sys
import time

PR_SET_CHILD_SUBREAPER = 36  # linux/prctl.h


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    if ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        print("cpu_of: cannot become a child subreaper (Linux only)", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    command = subprocess.Popen(argv)
    code = None
    while True:  # the command and every orphan reparented here, reaped as each exits
        try:
            pid, status = os.waitpid(-1, 0)
        except ChildProcessError:
            break
        if pid == command.pid:
            code = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = used.ru_utime + used.ru_stime
    print(
        f"exit {code}: wall {wall:.1f} s, CPU {cpu:.1f} s (user {used.ru_utime:.1f} + system {used.ru_stime:.1f})",
        file=sys.stderr,
    )
    return code if code is not None else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
