# SystemExit(None) and raise SystemExit: status 0; finally blocks still run.
try:
    raise SystemExit
finally:
    print("finally runs during SystemExit")
