"""``python -m clearpy`` is the same as the ``clearpy`` command."""

from clearpy.cli import main

raise SystemExit(main())
