# sys.exit inside a thread only ends that thread; inside a function it unwinds the whole program.
import sys
import threading
def exits_in_thread():
    sys.exit("only this thread ends")
thread = threading.Thread(target=exits_in_thread)
thread.start()
thread.join()
print("main thread still running")
def deep(n):
    if n == 0:
        sys.exit(9)
    try:
        deep(n - 1)
    finally:
        print(f"  finally at depth {n}")
deep(3)
