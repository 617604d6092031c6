# SystemExit with a non-int, non-None object prints its str and exits with 1.
raise SystemExit(["a", "list", 42])
