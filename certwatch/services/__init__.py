"""The application's jobs as plain typed functions: a database engine and options in, a
result out. The command line (``certwatch.cli``, ``certwatch.commands``) parses arguments,
calls one of these, prints the result and maps errors to exit codes.

One module per job; the modules import downward only (``crawl`` and ``registry`` are the
common ground of the others), so no two of them import each other.
"""
