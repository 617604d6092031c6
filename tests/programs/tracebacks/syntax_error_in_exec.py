# A SyntaxError raised by compile() at run time, uncaught: the traceback and the caret.
source = "x = (1,\n     2,,\n     3)"
code = compile(source, "<generated>", "exec")
