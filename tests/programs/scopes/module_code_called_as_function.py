# Code that is not a function's, called as a function (top-level await code
# compiled with PyCF_ALLOW_TOP_LEVEL_AWAIT): its names live in the globals.
import ast, asyncio, types
from textwrap import dedent
async def arange(n):
    for i in range(n):
        yield i
samples = ['a = await asyncio.sleep(0, result=1)', 'async for i in arange(1):\n    a = 1', 'async with asyncio.Lock() as l:\n    a = 1', 'a = [x async for x in arange(2)][1]', 'a = 2 in {i async for i in arange(3)}', 'a = await asyncio.wait_for(asyncio.sleep(0, result=1), 2)']
for mode in ("single", "exec"):
    for source in samples:
        co = compile(source, "?", mode, flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        g = {"asyncio": asyncio, "a": 0, "arange": arange}
        asyncio.run(types.FunctionType(co, g)())
        g2 = {"asyncio": asyncio, "a": 0, "arange": arange}
        asyncio.run(eval(co, g2))
        print(mode, co.co_flags & 0x80, g["a"], g2["a"])
f = types.FunctionType(compile("x = 5\ny = x + 1\nprint(sorted(k for k in locals() if len(k) == 1))", "m", "exec"), {"__builtins__": __builtins__})
f()
print(f.__globals__["y"])
