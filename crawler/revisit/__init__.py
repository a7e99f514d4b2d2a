"""A nightly that costs what changed: conditional requests, revisit records, digest skips.

- ``crawler.known_captures``: each source's known captures (validators, body digest,
  classification), loaded once when its spider opens.
- ``middleware``: the downloader middleware that sends ``If-None-Match`` /
  ``If-Modified-Since`` and turns a ``304`` into the archived response (links and focus
  work as before), and the spider middleware that marks an unchanged page as a revisit.
- ``versions``: the extraction key (a digest of the extraction code and data).
- ``crawler.revisit_store``: a 304's WARC revisit record, and revisits written to the
  store in batches (a Page row, the listing's ``last_seen``), without extraction;
  ``crawler.revisit_columns`` the Page columns every capture carries. (These three sit beside
  the items, listings and pipelines they serve, outside this package, so that no package
  imports another that imports it back.)
"""
