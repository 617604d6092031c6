# from __future__ import annotations: annotations stay strings; __future__ flags on compiled code.
from __future__ import annotations
import __future__
def f(x: UndefinedType, y: list[int] = None) -> AlsoUndefined:
    return x
print(f.__annotations__, f(1))
class C:
    attr: SomeName = 1
print(C.__annotations__)
code = compile("x: int = 1", "<s>", "exec", flags=__future__.annotations.compiler_flag)
print(bool(code.co_flags & __future__.annotations.compiler_flag) or "flag not kept on code", __future__.all_feature_names[-1])
try:
    compile("from __future__ import braces", "<s>", "exec")
except SyntaxError as error:
    print("SyntaxError:", error.msg)
try:
    compile("from __future__ import nonexistent_feature", "<s>", "exec")
except SyntaxError as error:
    print("SyntaxError:", error.msg)
