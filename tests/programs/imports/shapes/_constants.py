print(f"  executing {__name__}")
PI = 3.14159
