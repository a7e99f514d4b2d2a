"""``python -m certwatch``."""

import sys

from certwatch.cli import main

sys.exit(main())
