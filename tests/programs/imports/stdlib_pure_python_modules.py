# Pure-Python standard library modules, imported and used (they run on the VM under clearpy).
import fractions, statistics, textwrap, string, json, heapq, bisect, difflib, shlex, fnmatch, html, calendar
print(fractions.Fraction(3, 4) + fractions.Fraction(1, 6), statistics.median([3, 1, 4, 1, 5]), statistics.mean([1, 2, 4]))
print(textwrap.wrap("the quick brown fox jumps over the lazy dog", 12), string.Template("$who likes $what").substitute(who="tim", what="pie"))
print(json.dumps({"b": [1, 2.5, None, True], "a": "é"}, sort_keys=True), json.loads('{"x": [1, {"y": null}]}'))
heap = [5, 1, 4]
heapq.heapify(heap)
heapq.heappush(heap, 0)
print([heapq.heappop(heap) for _ in range(4)], bisect.bisect([1, 3, 5], 4), heapq.nlargest(2, [3, 9, 1]))
print(list(difflib.unified_diff(["a", "b"], ["a", "c"], lineterm=""))[2:], shlex.split("a 'b c' d"), fnmatch.fnmatch("x.py", "*.py"))
print(html.escape("<a href='x'>"), calendar.isleap(2024), calendar.monthrange(2024, 2), string.capwords("hello world"))
import dataclasses, enum, typing, functools, operator, collections, contextlib, abc, types, copy, pprint, reprlib
pprint.pprint({"nested": {"list": list(range(12)), "text": "x" * 30}}, width=50)
print(reprlib.repr(list(range(100))), typing.get_type_hints(lambda: None) if False else "typing ok")
