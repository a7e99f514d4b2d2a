"""The case file (docs/contract.md "Case file"): one ZIP a regulator attaches to a referral.

- ``gather``: what the store holds about one listing (record, flags, matches, decisions,
  captures), read in one session;
- ``evidence``: the WARC records of every capture, copied byte for byte;
- ``render``: the archived page rendered by headless Chromium, every network request
  answered from the archive or aborted;
- ``summary``: the one page for a person (Chinese with English);
- ``bundle``: the ZIP with its manifest of digests.

The job that ties them together is ``certwatch.services.casefile``.
"""
