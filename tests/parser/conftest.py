"""Let the parser tests import their helpers (invalid_programs.py) by name."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
