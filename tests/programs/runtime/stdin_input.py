# input() reads lines from stdin (the prompt goes to stdout); EOFError at the end.
name = input("Your name: ")
age = int(input("Your age: "))
print(f"\nHello {name}, next year you will be {age + 1}.")
rest = []
while True:
    try:
        rest.append(input())
    except EOFError as error:
        print("EOFError:", error)
        break
print(rest)
