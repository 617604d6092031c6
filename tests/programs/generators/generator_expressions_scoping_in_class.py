# Generator expressions in class bodies see only the first iterable's class variable.
class Table:
    columns = ["id", "name"]
    width = 10
    header = list(c.upper() for c in columns)
    try:
        padded = list(c.ljust(width) for c in columns)
    except NameError as error:
        padded = f"NameError: {error}"
print(Table.header, Table.padded)
def scope_of_genexp():
    data = [1, 2, 3]
    gen = (x * factor for x in data)
    factor = 10
    return list(gen)
print(scope_of_genexp())
