# pdb driven from stdin: stepping through interpreted code, printing variables, continuing.
import pdb
import sys
def compute(n):
    total = 0
    for i in range(n):
        total += i * i
    return total
debugger = pdb.Pdb(stdin=sys.stdin, stdout=sys.stdout, nosigint=True)
debugger.prompt = "(Pdb) "
result = debugger.runcall(compute, 3)
print("result:", result)
