# RecursionError: the repeated frames are collapsed into "[Previous line repeated N more times]".
import sys
sys.setrecursionlimit(200)
def forever(n):
    return forever(n + 1)
forever(0)
