# Notes added with add_note() are printed after the exception line.
try:
    int("abc")
except ValueError as error:
    error.add_note("while reading line 3 of settings.ini")
    error.add_note("hint: use digits only")
    raise
