"""The numeric libraries' one-thread settings, and a `khabar extract` process that stays single-threaded."""
import os
import subprocess
import sys
from pathlib import Path

from khabar.threads import ONE_THREAD, keep_one_thread, missing_settings

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "articles" / "colombia-police-academy-bombing.txt"


def test_the_settings_fill_only_what_the_environment_lacks():
    environ = {"OPENBLAS_NUM_THREADS": "4"}
    assert missing_settings(environ) == {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    keep_one_thread(environ)
    assert environ == {"OPENBLAS_NUM_THREADS": "4", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


# The command, run as a user runs it (none of the settings in the environment), codes an article and then counts the
# threads of its own process: one, so the model's locks take the fast path.
_EXTRACT_THEN_COUNT = f"""
import os, sys
from khabar.cli import main
try:
    main(["extract", {str(EXAMPLE)!r}, "--format", "jsonl"], standalone_mode=False)
finally:
    sys.stdout.flush()
    print("THREADS", len(os.listdir("/proc/self/task")))
"""


def test_khabar_extract_codes_in_a_single_threaded_process():
    environ = {name: value for name, value in os.environ.items() if name not in ONE_THREAD}
    result = subprocess.run([sys.executable, "-c", _EXTRACT_THEN_COUNT], capture_output=True, text=True,
                            env=environ, timeout=300)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any('"event":' in line for line in lines[:-1])  # it did code the article
    assert lines[-1] == "THREADS 1"
