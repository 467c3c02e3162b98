"""The store: the only place that holds the DuckDB connection and speaks SQL.

`db` opens the file and applies migrations; the other modules of this package are the queries,
one module per area, each taking a `Store` and returning frames or plain values.
"""

from analytics.store.db import Store, default_db_path, open_store

__all__ = ["Store", "default_db_path", "open_store"]
