# KeyError shows the repr of the key; a multi-line message is printed as is.
settings = {"mode": "fast"}
print(settings["mode"])
print(settings["colour scheme\nwith newline"])
