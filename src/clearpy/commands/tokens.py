"""``clearpy tokens [-e] [FILE]``: print a program's tokens like ``python -m tokenize``.

The output is byte for byte what ``python3.12 -m tokenize`` prints: one line
per token (``start-end:``, the type's name, the string's ``repr``), the same
error lines on stderr (``FILE:LINE:COL: error: MESSAGE``) and the same exit
status. Without FILE the program is read from standard input and tokens are
printed as they come; with FILE they are all read first, so a file with an
error prints only the error, exactly as CPython does.
"""

import argparse
import sys
import traceback

from clearpy.tokenizer import TokenError, tokenize, tokenize_file
from clearpy.tokenizer.tokens import tok_name


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="clearpy tokens")
    parser.add_argument(dest="filename", nargs="?", metavar="filename.py",
                        help="the file to tokenize; defaults to stdin")
    parser.add_argument("-e", "--exact", dest="exact", action="store_true",
                        help="display token names using the exact type")
    args = parser.parse_args(argv)
    try:
        if args.filename:
            filename = args.filename
            with open(filename, "rb") as file:
                data = file.read()
            tokens = list(tokenize_file(data, filename))
        else:
            filename = "<stdin>"
            tokens = tokenize(sys.stdin.read())
        for token in tokens:
            token_type = token.exact_type if args.exact else token.type
            token_range = "%d,%d-%d,%d:" % (token.start + token.end)
            print("%-20s%-15s%-15r" % (token_range, tok_name[token_type], token.string))
    except IndentationError as error:
        line, column = error.args[1][1:3]
        return _error(error.args[0], filename, (line, column))
    except TokenError as error:
        line, column = error.args[1]
        return _error(error.args[0], filename, (line, column))
    except SyntaxError as error:
        return _error(error, filename)
    except OSError as error:
        return _error(error)
    except KeyboardInterrupt:
        print("interrupted\n")
    except Exception as error:  # CPython prints this, then its traceback
        print(f"unexpected error: {error}", file=sys.stderr)
        traceback.print_exc()
        return 1
    return 0


def _error(message, filename=None, location=None) -> int:
    """Report an error the way ``tokenize.main`` does; the exit status is 1."""
    if location:
        text = "%s:%d:%d: error: %s" % ((filename,) + location + (message,))
    elif filename:
        text = "%s: error: %s" % (filename, message)
    else:
        text = "error: %s" % message
    sys.stdout.flush()
    sys.stderr.write(text + "\n")
    return 1
