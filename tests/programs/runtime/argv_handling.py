# test-args: first "second with spaces" --option=value -x ''
# sys.argv holds the script name and the arguments exactly as given.
import os
import sys
print(os.path.basename(sys.argv[0]), sys.argv[1:], len(sys.argv))
import argparse
parser = argparse.ArgumentParser(prog="demo")
parser.add_argument("positional", nargs="*")
parser.add_argument("--option")
parser.add_argument("-x", action="store_true")
print(parser.parse_known_args())
