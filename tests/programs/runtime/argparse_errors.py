# test-args: --count notanumber
# argparse reports a bad argument on stderr and exits with status 2.
import argparse
parser = argparse.ArgumentParser(prog="counter", description="Counts things.")
parser.add_argument("--count", type=int, required=True)
args = parser.parse_args()
print("never reached", args)
