"""The crawl's store writes in batches: one transaction, one commit, for many pages.

A crawl process used to commit each page on its own, in the reactor's thread: every page
paid a commit (on PostgreSQL a round trip over TCP and a WAL flush) while the network and
the parsing waited. ``BatchWriter`` writes in one thread of its own instead, *group
commit* style: the pages that arrived while one batch was being written form the next one,
so batches grow with the store's latency and no page waits on a timer.

A batch is ``store_many``: the pages in the order they arrived, each as ``store_page``
would store it, in one transaction. Pages that are only a Page row (no offer) wait in the
session and go into the store together, one multi-row INSERT (SQLAlchemy's
insertmanyvalues) when the next offer's lookups need them or the batch ends, so every page
sees exactly the pages before it, as one page a transaction did.

Nothing is lost to batching: a batch commits whole or not at all, and when it fails (a
listing inserted at the same moment by another worker, a deadlock, one page the store
refuses) it is rolled back and its pages are stored again one transaction each
(``save_page``, with its retries), so one bad page costs only itself. A crash loses only
the batch being written, pages whose storing had not returned yet.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from sqlalchemy.orm import Session, sessionmaker

from crawler.items import PageItem
from crawler.listings import StoredPage, new_page, page_only, save_page, store_recorded_page
from crawler.outlinks_store import record_outlinks
from store.models import Page

logger = logging.getLogger(__name__)
MAX_BATCH = 100  # pages per transaction at most


def store_many(session: Session, items: Sequence[PageItem],
               run_id: int | None) -> list[StoredPage]:
    """Store ``items`` in order in ``session`` (no commit): what ``store_page`` on each would."""
    results: list[StoredPage | Page] = []
    record_outlinks(session, items)
    for item in items:
        if page_only(item):
            page = new_page(item, run_id)
            session.add(page)  # flushed with the next offer's lookups, or below
            results.append(page)
        else:
            results.append(store_recorded_page(session, item, run_id))
    session.flush()
    return [StoredPage(r.id) if isinstance(r, Page) else r for r in results]


def write_batch(sessions: sessionmaker[Session], items: Sequence[PageItem],
                run_id: int | None) -> list[StoredPage]:
    """``store_many`` in one transaction; raises (after rollback) when it fails."""
    session = sessions()
    try:
        stored = store_many(session, items, run_id)
        session.commit()
        return stored
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


Pending = tuple[PageItem, "Future[StoredPage]"]


class BatchWriter:
    """Stores pages in batches in a thread of its own; ``submit`` returns a Future."""

    def __init__(self, sessions: sessionmaker[Session], run_id: int | None,
                 max_batch: int = MAX_BATCH,
                 single: Callable[[PageItem], StoredPage] | None = None) -> None:
        self.sessions, self.run_id, self.max_batch = sessions, run_id, max_batch
        self.single = single or (lambda item: save_page(sessions, item, run_id))
        self.pending: list[Pending] = []
        self.lock = threading.Lock()
        self.writing = False
        self.executor = ThreadPoolExecutor(1, thread_name_prefix="certwatch-store")
        self.batches = 0  # transactions committed (for the bench's statements per page)
        self.fallbacks = 0  # batches rolled back and stored page by page

    def submit(self, item: PageItem) -> Future[StoredPage]:
        """Queue ``item``; the Future holds its ``StoredPage``, or the error storing it."""
        return self.submit_all([item])[0]

    def submit_all(self, items: Sequence[PageItem]) -> list[Future[StoredPage]]:
        """Queue ``items`` together (in one batch, up to ``max_batch``), in order."""
        futures: list[Future[StoredPage]] = [Future() for _ in items]
        with self.lock:
            self.pending.extend(zip(items, futures, strict=True))
            start, self.writing = not self.writing, True
        if start:
            self.executor.submit(self._drain)
        return futures

    def _drain(self) -> None:
        while True:
            with self.lock:
                batch = self.pending[: self.max_batch]
                del self.pending[: self.max_batch]
                if not batch:
                    self.writing = False
                    return
            self._write(batch)

    def _write(self, batch: list[Pending]) -> None:
        try:
            stored = write_batch(self.sessions, [item for item, _ in batch], self.run_id)
        except Exception as exc:
            self.fallbacks += 1
            if len(batch) > 1:
                logger.info("batch of %d pages rolled back (%s): storing them one by one",
                            len(batch), type(exc).__name__)
            for item, future in batch:
                try:
                    future.set_result(self.single(item))
                except Exception as one:
                    future.set_exception(one)
            return
        self.batches += 1
        for (_, future), result in zip(batch, stored, strict=True):
            future.set_result(result)

    def close(self) -> None:
        """Write what is queued and stop the thread."""
        self.executor.shutdown(wait=True)
