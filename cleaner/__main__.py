"""``python -m cleaner``: the command-line interface."""

from .cli import main

main()
