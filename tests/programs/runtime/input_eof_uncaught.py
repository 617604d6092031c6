# input() with an empty stdin raises EOFError; uncaught, it ends the program.
print("asking for input")
answer = input("prompt> ")
print("never", answer)
