"""Kit de coaching réseaux sociaux pour dirigeants de TPE/PME.

Participants never call this package directly: the notebooks in ``notebooks/``
do, one or two calls per cell. Trainers use the command line::

    python -m kit validate            # check every file of exercises/
    python -m kit demo-progress --seed 1 --out demo.json

The package root stays tiny on purpose: importing ``kit`` must not import
pandas, matplotlib or ipywidgets (see ``benchmarks/import_time.py``).
"""

__version__ = "0.1.0"
