"""`marsad ingest` with two test hooks, so the crash tests do not depend on how fast the machine is.

MARSAD_TEST_PAUSE=S   sleep S seconds after each batch commits (a concurrent reader gets its turn)
MARSAD_TEST_HANG_AT=K after batch K's rows are written, print "in transaction K" on stdout and
                      hang before COMMIT, so that the test can SIGKILL the process mid-transaction
"""

from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager

import marsad.store as store
from marsad.cli import main

PAUSE = float(os.environ.get("MARSAD_TEST_PAUSE", "0"))
HANG_AT = int(os.environ.get("MARSAD_TEST_HANG_AT", "0"))

_connect, _write = store._connect, store._Batch.write
_written = 0


@contextmanager
def _paused_connect(path, read_only, timeout=None):
    with _connect(path, read_only, timeout) as con:
        yield con
    if not read_only and PAUSE:
        time.sleep(PAUSE)  # after the writer let go of the file


def _hanging_write(self, con, window):
    global _written
    out = _write(self, con, window)
    _written += 1
    if _written == HANG_AT:
        print(f"in transaction {_written}", flush=True)
        time.sleep(3600)
    return out


store._connect = _paused_connect
store._Batch.write = _hanging_write

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
