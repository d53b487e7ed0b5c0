"""Records of a web-crawl dataset, whose ``date`` is when the crawler fetched the page.

Datasets built from Common Crawl and the like (FineWeb, C4, RefinedWeb, OSCAR) keep each page's
text with the crawl's metadata: the crawl's name (``"dump": "CC-MAIN-2025-26"``), the WARC file
it came from (``file_path``/``warc_path``, ending ``.warc.gz``) or the record's WARC id, and a
``date``/``timestamp`` that is the fetch time, often weeks after the page was published. For
such a record the date the page's own text states ("Posted on 2 June 2025") dates it; the
fetch time only when the text states none.
"""

from __future__ import annotations

import re

# Keys only a crawl's records carry (a CMS export's records have none of them).
_CRAWL_KEYS = frozenset({"dump", "crawl", "crawl_id", "warc_record_id", "warc_id", "warc_date", "warc_path",
                         "warc_filename", "warc_headers", "fetch_time", "fetched_at", "crawl_date", "crawled_at"})
_WARC = re.compile(r"\.warc(?:\.gz)?$|/crawl-data/", re.IGNORECASE)


def is_crawl_record(record: dict[str, object]) -> bool:
    """Whether ``record`` comes from a web crawl: it has a key that names the crawl or its WARC
    record (:data:`_CRAWL_KEYS`, any case), or a string field pointing into a WARC file."""
    if any(key.lower() in _CRAWL_KEYS for key in record):
        return True
    return any(isinstance(value, str) and len(value) < 500 and bool(_WARC.search(value))
               for key, value in record.items() if key != "text")
