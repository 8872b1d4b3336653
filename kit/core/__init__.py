"""The kit's foundations: languages, paths, safe file writing, formatting. Imports nothing else of the kit."""
