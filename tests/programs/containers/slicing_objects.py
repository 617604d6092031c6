# slice objects, indices(), negative steps, and __getitem__ receiving slices and tuples.
s = "abcdefghij"
print(s[slice(2, 8, 2)], s[slice(None, None, -3)], s[-3:], s[:-3], s[100:], s[::-1][:3])
sl = slice(1, 100, 3)
print(sl, sl.start, sl.stop, sl.step, sl.indices(10), slice(None).indices(5), slice(-1, None, -1).indices(4))
try:
    s[::0]
except ValueError as error:
    print("ValueError:", error)
class Show:
    def __getitem__(self, key):
        return key
show = Show()
print(show[1], show[1:2], show[1:2:3], show[::], show[1, 2], show[1:2, ::3], show[...], show[:, None])
r = range(10)
print(r[2:8:2], r[::-1], list(r[-3:]), r[3], len(r[::3]), range(0, 10, 3)[-1])
data = list(range(10))
print(data[::-1][::2], data[-1:-5:-1], data[7:2:-2], data[::-4])
b = bytearray(b"0123456789")
b[::2] = b"abcde"
print(b, memoryview(b)[::2].tobytes())
print(slice(1, 2) == slice(1, 2), hash(slice(1, 2)) == hash(slice(1, 2)), {slice(1, 2): "slices hash in 3.12"})
