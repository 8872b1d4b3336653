"""The participant's progress file: one JSON document, schema-versioned.

Every notebook is its own kernel, so modules share state only through this
file. ``store`` saves it atomically and owner-only; ``migrations`` upgrades
older files; ``model`` is the current schema (shipped as JSON Schema in
``kit/schemas/progress.schema.json``).
"""
