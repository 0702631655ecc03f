"""The safety net: commands that read a dump and report rather than rewrite it.

``scan`` finds personal columns, ``init`` writes a starter rules file from what
scan finds, ``verify`` checks a scrubbed dump against its original, ``report``
measures re-identification risk (k-anonymity), ``preview`` shows what rules do.
They read dumps through ``dump.DumpFile``.
"""
