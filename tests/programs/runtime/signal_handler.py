# A signal handler written in Python runs in the main thread when the signal arrives.
import os
import signal
received = []
def handler(signum, frame):
    received.append((signal.Signals(signum).name, frame is not None))
    print("handler ran for", signal.Signals(signum).name)
previous = signal.signal(signal.SIGUSR1, handler)
print(previous is signal.SIG_DFL)
os.kill(os.getpid(), signal.SIGUSR1)
for _ in range(1000):
    if received:
        break
print(received)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored signal did nothing")
def alarm_handler(signum, frame):
    raise TimeoutError("alarm fired")
signal.signal(signal.SIGALRM, alarm_handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    while True:
        pass
except TimeoutError as error:
    print("TimeoutError:", error)
