# Nested exception groups and a note on one of the exceptions.
inner = ExceptionGroup("inner problems", [KeyError("k"), OSError("disk full")])
error = ValueError("with a note")
error.add_note("Note: this value came from the config file")
raise ExceptionGroup("outer", [error, inner])
