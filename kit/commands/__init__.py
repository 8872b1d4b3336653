"""One module per verb of ``python -m kit``: ``HELP``, ``add_arguments`` and ``run``."""
