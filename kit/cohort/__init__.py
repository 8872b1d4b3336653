"""A workshop's handed-in progress files: reading them safely and the group's figures."""
