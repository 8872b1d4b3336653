"""The barrier diagnostic (module 01): scores, bands and the path to follow."""
