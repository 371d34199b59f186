"""The ``diplograph`` command line. Each area of commands lives in its own module here."""

from diplograph.cli.main import cli, main

__all__ = ["cli", "main"]
