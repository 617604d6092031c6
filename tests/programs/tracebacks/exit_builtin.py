# The site builtins exit() and quit() raise SystemExit too.
print("calling exit(4)")
exit(4)
