# A syntax error in the main file: reported before anything runs, with a caret.
print("this line never runs")
def broken(:
    pass
