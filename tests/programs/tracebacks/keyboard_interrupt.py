# An uncaught KeyboardInterrupt prints a traceback; the process ends as if killed by SIGINT.
def long_job():
    raise KeyboardInterrupt
print("working...")
long_job()
