"""khabar's exceptions. Every message says what went wrong and what to do about it.

    KhabarError
    ├── InputError          a source could not be read (missing, binary, bad encoding, too large, malformed)
    │   └── FetchError      a URL could not be fetched (timeout, HTTP error, size cap)
    ├── StoreError          the DuckDB file is corrupt, locked or from an unknown schema
    └── ConfigError         an option has an invalid value

Batch runs never raise these for one bad document: they become ``Failure`` records.
"""


class KhabarError(Exception):
    """Base of every error khabar raises on purpose."""


class InputError(KhabarError):
    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class FetchError(InputError):
    pass


class StoreError(KhabarError):
    pass


class ConfigError(KhabarError):
    pass
