"""One module per ``clearpy`` sub-command; each has ``main(argv) -> int``."""
