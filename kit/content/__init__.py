"""Content as data: the YAML files of ``exercises/``, their schemas and their validator."""
