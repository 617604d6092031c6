# Mutual recursion that overflows: the repeated pattern is shown with the repeat count.
import sys
sys.setrecursionlimit(120)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
ping(0)
