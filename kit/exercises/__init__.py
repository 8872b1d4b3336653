"""The rules of the mindset exercises (quiz, chooser, sorting, self-check) and the time-budget arithmetic of module 04."""
