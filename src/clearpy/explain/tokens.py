"""Step 1 of the journey: the tokens, the words and punctuation of the program."""

from rich.table import Table
from rich.text import Text

from clearpy.tokenizer import TokenError, tokenize
from clearpy.tokenizer.tokens import tok_name

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
    "NAME": "a name: a variable, function or keyword",
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
        shown = tok_name[token.exact_type] if token.type == 55 and token.exact_type != 55 else name
        table.add_row(str(number), shown if shown == name else f"{name} ({shown})",
                      Text(repr(token.string)), "%d:%d" % token.start, "%d:%d" % token.end,
                      MEANING.get(name, ""))
    console.print(table)
    count = len(tokens)
    console.print(f"{count} token{'s' if count != 1 else ''}.")
    if error is not None:
        console.print(Text(f"The tokenizer stopped with an error: {type(error).__name__}: {error}",
                           style="bold red"))
