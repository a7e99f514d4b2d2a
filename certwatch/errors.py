"""The small exception hierarchy, caught only at the command-line boundary."""

from __future__ import annotations


class CertwatchError(Exception):
    """A failure the user can act on; ``exit_code`` follows docs/contract.md."""

    exit_code = 1


class UsageError(CertwatchError):
    """Bad usage or a bad input file: exit 2, one line saying what and where."""

    exit_code = 2


class JobFailed(CertwatchError):
    """The job ran and failed: exit 1."""

    exit_code = 1
