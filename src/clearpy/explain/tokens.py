"""Step 1 of the journey: the tokens, the words and punctuation of the program."""

from rich.table import Table
from rich.text import Text

from clearpy.tokenizer import TokenError, tokenize
import keyword

from clearpy.tokenizer.tokens import NAME, tok_name

TITLE = "Tokens"

EXPLANATION = (
    "The tokenizer reads the text from left to right and cuts it into tokens: "
    "names (print), operators and brackets ((, =), numbers, strings, and markers "
    "Python needs to see the structure: NEWLINE ends a statement, INDENT and DEDENT "
    "open and close an indented block, NL and COMMENT are lines and notes the "
    "parser will skip. Each token remembers where it starts and ends (line, column)."
)

# What each kind of token is, in a few words, for the table's last column.
MEANING = {
    "ENCODING": "how the file's bytes were decoded",
    "NAME": "a name (a variable, function, module...)",
    "NUMBER": "a number",
    "STRING": "a string literal",
    "OP": "an operator or punctuation",
    "NEWLINE": "the end of a statement",
    "NL": "a line break that does not end a statement",
    "COMMENT": "a comment, ignored by Python",
    "INDENT": "the start of an indented block",
    "DEDENT": "the end of an indented block",
    "FSTRING_START": "the start of an f-string",
    "FSTRING_MIDDLE": "literal text inside an f-string",
    "FSTRING_END": "the end of an f-string",
    "ENDMARKER": "the end of the file",
}


def meaning(token) -> str:
    """What a token is, in a few words."""
    if token.type == NAME and keyword.iskeyword(token.string):
        return "a keyword"
    if token.type == NAME and keyword.issoftkeyword(token.string):
        return "a soft keyword (a keyword only in some places)"
    return MEANING.get(tok_name[token.type], "")


def compute(journey):
    """All the tokens, and the error that stopped the tokenizer (or None)."""
    tokens = []
    try:
        for token in tokenize(journey.source):
            tokens.append(token)
    except (TokenError, SyntaxError) as error:
        return tokens, error
    return tokens, None


def show(journey, console) -> None:
    tokens, error = journey.result("tokens", lambda: compute(journey))
    console.print(EXPLANATION)
    table = Table(show_lines=False, header_style="bold")
    table.add_column("#", justify="right", style="dim")
    table.add_column("type", style="cyan")
    table.add_column("text", style="green")
    table.add_column("from", justify="right")
    table.add_column("to", justify="right")
    table.add_column("what it is", style="dim")
    for number, token in enumerate(tokens):
        name = tok_name[token.type]
        shown = tok_name[token.exact_type]
        table.add_row(str(number), shown if shown == name else f"{name} ({shown})",
                      Text(repr(token.string)), "%d:%d" % token.start, "%d:%d" % token.end,
                      meaning(token))
    console.print(table)
    count = len(tokens)
    console.print(f"{count} token{'s' if count != 1 else ''}.")
    if error is not None:
        message, line, column = describe_error(error)
        console.print(Text(f"The tokenizer stopped at line {line}, column {column}: {message}. "
                           "Python refuses to run a program it cannot cut into tokens.",
                           style="bold red"))


def describe_error(error: Exception) -> tuple[str, int, int]:
    """(message, line, column) of a tokenize error, whatever its class."""
    if isinstance(error, TokenError):
        message, (line, column) = error.args
        return message, line, column
    return error.msg, error.lineno or 0, error.offset or 0
