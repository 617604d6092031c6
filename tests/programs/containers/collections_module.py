# collections: Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap.
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap
c = Counter("abracadabra")
print(c.most_common(3), c["z"], sorted(c.elements())[:5], c + Counter("aa"), c - Counter("abc"))
c.update(a=10)
print(c["a"], c.total(), Counter(a=3) & Counter(a=1, b=2), dict(Counter(x=1) | Counter(x=4)))
dd = defaultdict(list)
for word in ["apple", "avocado", "banana"]:
    dd[word[0]].append(word)
print(dict(dd), dd["z"], sorted(dd), defaultdict(int)["q"])
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(list(od), od.popitem(last=False), od)
dq = deque([1, 2, 3], maxlen=4)
dq.appendleft(0); dq.append(4); dq.rotate(1)
print(dq, dq.popleft(), dq.pop(), list(dq), dq.maxlen)
Point = namedtuple("Point", "x y", defaults=[0])
p = Point(1)
print(p, p._replace(y=5), p._asdict(), Point._fields, Point(*[3, 4]).x, p == (1, 0), p._make([7, 8]))
try:
    Point(1, 2, 3)
except TypeError as error:
    print("TypeError:", error)
try:
    p.x = 5
except AttributeError as error:
    print("AttributeError:", error)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
cm["c"] = 4
print(cm["a"], cm["b"], dict(cm), cm.maps, cm.new_child({"a": 0})["a"])
