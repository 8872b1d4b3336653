"""Charts as PNG bytes (matplotlib imported only when one is drawn); series told apart by hatching and labels, never by colour alone."""
