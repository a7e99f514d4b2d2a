"""The scheduled job: crawl every source, screen, record what changed, check monitors."""
