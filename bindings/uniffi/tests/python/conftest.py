"""Shared set-up of the Python suites: the generated module `lexpact` (and the library next
to it) is found in $LEXPACT_PYTHON_DIR, by default target/uniffi/python (bindings/uniffi/test.sh
generates it there); with LEXPACT_PYTHON=installed, the package installed in the running Python
is tested instead (bindings/uniffi/python/test.sh installs the wheel in a venv)."""

import os
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[4]
if os.environ.get("LEXPACT_PYTHON") != "installed":
    MODULE_DIR = pathlib.Path(os.environ.get("LEXPACT_PYTHON_DIR", ROOT / "target" / "uniffi" / "python"))
    sys.path.insert(0, str(MODULE_DIR))
