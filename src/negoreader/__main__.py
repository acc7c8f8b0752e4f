"""`python -m negoreader` runs the command line."""

from negoreader.cli import main

raise SystemExit(main())
