# test-invoke: -B -s -b -X dev {file}
# The command-line options are visible in sys.flags, as under python3.12.
import sys

print(sys.flags)
print(sys.flags.dont_write_bytecode, sys.flags.no_user_site, sys.flags.isolated,
      sys.flags.bytes_warning, sys.flags.dev_mode, sys.dont_write_bytecode)
print(type(sys.flags).__name__, len(sys.flags), sys.flags[3])
