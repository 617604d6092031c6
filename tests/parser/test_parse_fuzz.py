"""Mutation fuzzing: damaged stdlib code gets the same verdict from clearpy and CPython.

Hypothesis takes a piece of a stdlib file and deletes, duplicates or swaps
some of its tokens. Whatever comes out -- usually invalid, sometimes still
valid -- clearpy.parse must accept it when ast.parse does (with the same
tree) and reject it when ast.parse does, with the same exception and, for a
SyntaxError, the same message and position. The number of examples is kept
small for CI; raise FUZZ_EXAMPLES to hunt for bugs.
"""

import io
import os
import tokenize
import warnings

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clearpy.conformance import IDENTICAL
from clearpy.conformance.parse import compare_source
from clearpy.corpus import corpus_sample

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))
WINDOW = 40  # lines of a file to mutate at a time


def _token_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the tokens of ``text`` that have text."""
    line_starts = [0]
    for line in text.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(line))
    spans = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for token in tokenize.generate_tokens(io.StringIO(text).readline):
                if token.type in (tokenize.ENDMARKER, tokenize.DEDENT) or not token.string:
                    continue
                start = line_starts[token.start[0] - 1] + token.start[1]
                end = line_starts[token.end[0] - 1] + token.end[1]
                spans.append((start, end))
    except (SyntaxError, tokenize.TokenError):
        pass
    return spans


def _pieces():
    pieces = []
    for path in corpus_sample(60, seed=7):
        try:
            lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        except (UnicodeDecodeError, OSError):
            continue
        for start in range(0, min(len(lines), 4 * WINDOW), WINDOW):
            text = "".join(lines[start:start + WINDOW])
            spans = _token_spans(text)
            if len(spans) > 5:
                pieces.append((text, spans))
    return pieces


PIECES = _pieces()


@st.composite
def mutated_sources(draw):
    text, spans = draw(st.sampled_from(PIECES))
    edits = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["delete", "duplicate", "swap"]))
        index = draw(st.integers(0, len(spans) - 2))
        edits.append((kind, spans[index], spans[index + 1]))
    # Apply from the end of the text backwards so that earlier offsets stay valid.
    for kind, (start, end), (next_start, next_end) in sorted(
            edits, key=lambda edit: edit[1][0], reverse=True):
        if next_start < end:
            continue
        token = text[start:end]
        if kind == "delete":
            text = text[:start] + text[end:]
        elif kind == "duplicate":
            text = text[:end] + " " + token + text[end:]
        else:
            following = text[next_start:next_end]
            text = text[:start] + following + text[end:next_start] + token + text[next_end:]
    return text


@settings(max_examples=EXAMPLES, deadline=None, derandomize="FUZZ_RANDOM" not in os.environ,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated_sources())
def test_mutated_stdlib_code(source):
    outcome = compare_source(source)
    assert outcome.status == IDENTICAL, f"{source!r}: {outcome.detail}"
