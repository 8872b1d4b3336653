"""Documents built from the domain logic: printable diagnostic, one-page plan, group report, evidence pack (HTML, PDF, CSV, ZIP, .ics)."""
