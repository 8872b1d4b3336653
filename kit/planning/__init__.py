"""Module 08: the dated 30-day calendar and everything the one-page plan shows."""
