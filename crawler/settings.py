"""Scrapy settings for certwatch: only what differs from Scrapy's defaults (2.19).

Polite by default: robots.txt obeyed, AutoThrottle on, few requests per site, a user agent
that says who we are. The runner (``crawler.runner``) overrides per run: database, run id,
WARC path, page limit, private hosts.
"""

import os

BOT_NAME = "certwatch"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

DEFAULT_USER_AGENT = "certwatch/0.1 (+https://github.com/certwatch/certwatch; compliance research)"
USER_AGENT = os.environ.get("CERTWATCH_USER_AGENT") or DEFAULT_USER_AGENT

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0

# Scrapy's default (1 GiB) lets a gzip bomb inflate; HttpCompressionMiddleware checks the
# decompressed size against DOWNLOAD_MAXSIZE and drops the response beyond it.
DOWNLOAD_MAXSIZE = 5 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
DOWNLOAD_TIMEOUT = 20  # total seconds per response, body included: a trickling server is cut
REDIRECT_MAX_TIMES = 5
# A hard cap only: off-topic wandering is limited by CERTWATCH_FOCUS_MAX_HOPS (crawler.focus),
# so a relevant link deep in a site is still followed.
DEPTH_LIMIT = 20
RETRY_TIMES = 2
CERTWATCH_RETRY_BACKOFF_BASE = 1.0  # seconds before the first retry, doubled after
CERTWATCH_RETRY_BACKOFF_MAX = 30.0  # cap, also for Retry-After

DOWNLOADER_MIDDLEWARES = {
    # first of all: never contact hosts on private networks (also after redirects)
    "crawler.middlewares.PrivateHostGuardMiddleware": 40,
    # then: cut requests into link farms and traps that used up their budget (crawler.focus)
    "crawler.focus_run.FocusDownloaderMiddleware": 50,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawler.middlewares.RedirectLoopMiddleware": 600,
    # validators of the known capture; a 304 answered from the archive (crawler.revisit)
    "crawler.revisit.middleware.ConditionalRequestMiddleware": 580,
}
# Checks the address actually connected to as well (DNS rebinding), see the middleware.
TWISTED_DNS_RESOLVER = "crawler.middlewares.PublicOnlyResolver"
SPIDER_MIDDLEWARES = {
    # a known body's recorded links as requests, but those already scheduled (crawler.outlinks)
    "crawler.revisit.replay.ReplaySpiderMiddleware": 950,
    # off-topic hop counts; links too far off topic or into exhausted traps never queue
    "crawler.focus_run.FocusSpiderMiddleware": 800,
    # a 304 or an unchanged body read by the same extraction code skips extraction
    "crawler.revisit.middleware.RevisitSpiderMiddleware": 850,
    # DEPTH_LIMIT on a page's shortest known path, not on the path that reached it first
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "crawler.depth.ShortestDepthMiddleware": 900,
}
ITEM_PIPELINES = {
    "crawler.extraction.ExtractPipeline": 50,
    "crawler.pipelines.ArchivePipeline": 100,
    "crawler.pipelines.StorePipeline": 200,
}
EXTENSIONS = {
    # both run code sent to them over a socket: never on in a crawler of hostile pages
    "scrapy.extensions.telnet.TelnetConsole": None,
    "scrapy.extensions.remote_control.RemoteControl": None,
    "crawler.progress.ProgressExtension": 500,
}
# Outputs of one response processed at once. Scrapy starts this many tasks for every
# response (2.13+, asyncio), and a page here gives one item and its links, which take no
# time to schedule: 100 (the default) cost ~100 idle tasks a page, a tenth of a second-night
# crawl's CPU (bench/RESULTS.md, "Nightly that costs what changed").
CONCURRENT_ITEMS = 8
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"

# Each source's wall-clock budget (seconds; a source may set its own ``max_seconds``): the
# source's crawl is closed when it is spent, and the run summary says so.
CERTWATCH_SOURCE_MAX_SECONDS = 3600
# Sitemaps: each is read up to DOWNLOAD_MAXSIZE (decompressed too), at most this many URLs
# of it are followed (the protocol's 50,000), and at most this many sitemap files per
# source (indexes of indexes included). What is cut is counted in the run's stats.
CERTWATCH_SITEMAP_MAX_URLS = 50_000
CERTWATCH_SITEMAP_MAX_FILES = 100

CERTWATCH_ALLOW_PRIVATE_HOSTS = False
CERTWATCH_PRIVATE_HOSTS_EXEMPT: list[str] = []
CERTWATCH_DB_URL = None  # None: store.config.database_url() (CERTWATCH_DB or data/)
CERTWATCH_RUN_ID = None  # None: the store pipeline opens (and closes) a run itself
CERTWATCH_WARC_PATH = None  # None: the store's WARC directory (store.evidence), run-{run_id}-{store id}
CERTWATCH_EXTRACT = True  # False: archive and record pages only (diagnostics, benchmarks)
# Conditional requests and digest skips of unchanged pages (crawler.revisit); False fetches
# and extracts every page in full, as a first crawl does.
CERTWATCH_REVISITS = True
CERTWATCH_EXTRACT_PROCESSES = 1  # worker processes for extraction; 0: in the crawl process
CERTWATCH_PROGRESS_EVERY = 100  # pages between progress log lines when not on a terminal

# A distributed crawl is done when its Redis queue stayed empty and every worker idle this
# long (certwatch worker --idle-seconds; certwatch crawl --frontier --wait).
CERTWATCH_FRONTIER_IDLE_SECONDS = 10.0

# Focused crawling (crawler.focus): a path pattern with CERTWATCH_FOCUS_TRAP_PAGES pages
# fetched, fewer than CERTWATCH_FOCUS_RELEVANT_SHARE of them relevant, is a trap; it may fetch
# CERTWATCH_FOCUS_TRAP_BUDGET more pages, then its requests are cut. Chains of more than
# CERTWATCH_FOCUS_MAX_HOPS off-topic links are not followed.
CERTWATCH_FOCUS_ENABLED = True
CERTWATCH_FOCUS_TRAP_PAGES = 20
CERTWATCH_FOCUS_RELEVANT_SHARE = 0.1
CERTWATCH_FOCUS_TRAP_BUDGET = 10
CERTWATCH_FOCUS_MAX_HOPS = 8
