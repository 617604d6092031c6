# A namespace package (no __init__.py) spread over two directories on sys.path.
import os
import sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.extend([os.path.join(here, "ns_portion_one"), os.path.join(here, "ns_portion_two")])
import nsp
import nsp.alpha
from nsp import beta
print(nsp.alpha.NAME, "|", beta.NAME)
print(nsp.__file__, type(nsp.__path__).__name__, sorted(os.path.basename(os.path.dirname(p)) for p in nsp.__path__))
print(nsp.__spec__.origin, nsp.__spec__.submodule_search_locations is not None, getattr(nsp, "__cached__", "no __cached__"))
print(type(nsp.__loader__).__name__ if nsp.__loader__ is not None else None)
