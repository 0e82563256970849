"""khabar: political event data from news, coded in PLOVER and stored in DuckDB."""
__version__ = "0.1.0"
