"""The trainer's tools: agenda, facilitation sheet, prepared sessions, Binder links, synthetic participants."""
