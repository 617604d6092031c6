# Exit codes are taken modulo 256 by the OS: -1 becomes 255.
import sys
sys.exit(-1)
