"""Run CPython and clearpy on the same source and describe what each did.

A *stream* is the list of tokens as plain tuples, ending with
``("raised", exception class name, exception args)`` when tokenizing
failed, so that two streams are equal exactly when the tokens, the error and
the moment of the error all agree.
"""

import io
import tokenize
import warnings

import clearpy
from clearpy.tokenizer import tokenize_for_parser


def stream(tokens) -> list:
    result = []
    try:
        for token in tokens:
            result.append(tuple(token))
    except SystemError:  # CPython's message names a memory address
        result.append(("raised", "SystemError", ()))
    except Exception as error:
        result.append(("raised", type(error).__name__, error.args))
    return result


def cpython_stream(source: str | bytes) -> list:
    """What ``tokenize`` gives: ``generate_tokens`` for str, ``tokenize`` for bytes."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if isinstance(source, bytes):
            return stream(tokenize.tokenize(io.BytesIO(source).readline))
        return stream(tokenize.generate_tokens(io.StringIO(source).readline))


def clearpy_stream(source: str | bytes) -> list:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return stream(clearpy.tokenize(source))


def error_details(error: BaseException) -> tuple:
    """Everything about an error a user can see."""
    if isinstance(error, SyntaxError):
        return (type(error).__name__, error.msg, error.filename, error.lineno, error.offset,
                error.end_lineno, error.end_offset, error.text)
    return (type(error).__name__, error.args)


def compile_error(source: str | bytes, filename: str = "<test>", mode: str = "exec") -> tuple | None:
    """The error ``compile()`` raises for ``source``, or None."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(source, filename, mode, dont_inherit=True)
        except Exception as error:
            return error_details(error)
    return None


def parser_mode_error(source: str | bytes, filename: str = "<test>", mode: str = "exec") -> tuple | None:
    """The error clearpy's parser-mode tokens raise for ``source``, or None."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            for _ in tokenize_for_parser(source, filename, mode):
                pass
        except Exception as error:
            return error_details(error)
    return None
