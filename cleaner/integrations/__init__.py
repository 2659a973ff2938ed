"""Adapters that run ``cleaner`` inside other data-processing frameworks.

- ``cleaner.integrations.datatrove``: datatrove pipeline steps (``CleanerStep``, ``SpamFilter``,
  ``LineCountStep``); install with ``pip install 'cleaner[datatrove]'``.

Each adapter module imports its framework on import and raises an ``ImportError`` naming the
extra to install when the framework is missing; this package itself imports nothing.
"""
