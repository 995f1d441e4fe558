# pop(index) converts its index before it looks at the length: on an empty sequence a bad index
# is TypeError or OverflowError, not "pop from empty ...".
import array

cases = [
    ("[].pop(10**20)", lambda: [].pop(10**20)),
    ("[].pop(-10**20)", lambda: [].pop(-(10**20))),
    ("[].pop('a')", lambda: [].pop("a")),
    ("[].pop(1.5)", lambda: [].pop(1.5)),
    ("[].pop(None)", lambda: [].pop(None)),
    ("[].pop(0)", lambda: [].pop(0)),
    ("[].pop()", lambda: [].pop()),
    ("[1].pop(10**20)", lambda: [1].pop(10**20)),
    ("[1].pop(True)", lambda: [1].pop(True)),
    ("[1, 2].pop(False)", lambda: [1, 2].pop(False)),
    ("bytearray().pop(10**20)", lambda: bytearray().pop(10**20)),
    ("bytearray().pop('a')", lambda: bytearray().pop("a")),
    ("array('i').pop(10**20)", lambda: array.array("i").pop(10**20)),
    ("array('i').pop('x')", lambda: array.array("i").pop("x")),
]


class Index:
    def __index__(self):
        return 0


cases.append(("[7].pop(Index())", lambda: [7].pop(Index())))
cases.append(("[].pop(Index())", lambda: [].pop(Index())))
for text, f in cases:
    try:
        print(text, f())
    except Exception as e:
        print(text, type(e).__name__, e)
