"""Widgets: thin views over the pure logic of ``kit``. Only notebooks import this."""
