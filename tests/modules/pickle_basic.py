# pickle: byte-exact pickles of protocols 2 to 5 for builtin values, classes, functions and
# objects (reduce, __getstate__/__setstate__, slots, builtin subclasses), shared and recursive
# references, every protocol read back, and the errors.
import collections
import hashlib
import io
import pickle


class Plain:
    def __init__(self, a):
        self.a = a

    def __eq__(self, o):
        return type(o) is Plain and o.a == self.a

    def __repr__(self):
        return "Plain(%r)" % (self.a,)


class Slotted:
    __slots__ = ("x", "y")


class WithState:
    def __init__(self):
        self.v = 1
        self.hidden = 2

    def __getstate__(self):
        return {"v": self.v}

    def __setstate__(self, s):
        self.v = s["v"]
        self.hidden = "restored"


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n,))


class NewArgs(int):
    def __new__(cls, v, tag):
        self = int.__new__(cls, v)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (int(self), self.tag)


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


seed = [5]


def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return (seed[0] >> 8) % n


def value(d):
    k = rnd(16 if d < 3 else 7)
    if k == 0:
        return rnd(2 ** (rnd(80))) * (1 if rnd(2) else -1)
    if k == 1:
        return rnd(1000) / 7
    if k == 2:
        return "é€x"[rnd(3)] * rnd(300)
    if k == 3:
        return bytes(rnd(256) for _ in range(rnd(300)))
    if k == 4:
        return [None, True, False][rnd(3)]
    if k == 5:
        return rnd(300)
    if k == 6:
        return ()
    if k == 7:
        return [value(d + 1) for _ in range(rnd(5))]
    if k == 8:
        return tuple(value(d + 1) for _ in range(rnd(6)))
    if k == 9:
        return {rnd(50): value(d + 1) for _ in range(rnd(5))}
    if k == 10:
        return {rnd(100) for _ in range(rnd(6))}
    if k == 11:
        return frozenset(rnd(100) for _ in range(rnd(4)))
    if k == 12:
        return Plain(value(d + 1))
    if k == 13:
        return [len, Plain, collections.OrderedDict, int][rnd(4)]
    if k == 14:
        s = value(d + 1)
        return [s, s, (s,)]
    return complex(rnd(5), rnd(5))


for i in range(150):
    v = value(0)
    for proto in (2, 3, 4, 5):
        data = pickle.dumps(v, proto)
        print(i, proto, len(data), hashlib.sha1(data).hexdigest()[:16], pickle.loads(data) == v)

print(pickle.dumps([1, 2], 4), pickle.dumps({"a": (1, 2.5)}, 2), pickle.dumps(Plain("x")))
print(pickle.dumps(range(3)), pickle.dumps(len, 2), pickle.dumps(ValueError("bad", 2), 2))
a = [1]
shared = {"x": a, "y": a}
r = []
r.append(r)
t = ([],)
t[0].append(t)
back = pickle.loads(pickle.dumps(shared))
print(back["x"] is back["y"], pickle.dumps(shared))
back = pickle.loads(pickle.dumps(r))
print(back[0] is back, pickle.dumps(r))
back = pickle.loads(pickle.dumps(t, 2))
print(back[0][0] is back, pickle.dumps(t, 2))
for obj in (MyList([1, 2]), MyDict(a=1), MyInt(5), MyStr("s"), range(1, 9, 2), slice(1, None),
            bytearray(b"xy"), [1.5, float("inf"), -0.0], NewArgs(7, "seven")):
    for proto in (2, 4, 5):
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        print(type(back).__name__, proto, data, back == obj, getattr(back, "tag", None))
w = pickle.loads(pickle.dumps(WithState()))
print(w.v, w.hidden, pickle.dumps(WithState()))
print(pickle.loads(pickle.dumps(Reduced(3))).n, pickle.dumps(Reduced(3), 3))
s = Slotted()
s.x = 5
back = pickle.loads(pickle.dumps(s))
print(back.x, hasattr(back, "y"), pickle.dumps(s))
e = pickle.loads(pickle.dumps(KeyError("k")))
print(type(e).__name__, e.args)
big = list(range(2500))
data = pickle.dumps(big)
print(len(data), pickle.loads(data) == big, data.count(b"e"), data[:12])
long_bytes = b"z" * 70000
data = pickle.dumps([long_bytes, "s" * 70000])
print(len(data), pickle.loads(data) == [long_bytes, "s" * 70000], data[:20], data[-12:])

f = io.BytesIO()
pickler = pickle.Pickler(f, 3)
pickler.dump("first")
pickler.dump([2])
f.seek(0)
unpickler = pickle.Unpickler(f)
print(unpickler.load(), unpickler.load(), pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
f = io.BytesIO()
pickle.dump({"k": 1}, f, protocol=pickle.HIGHEST_PROTOCOL)
f.seek(0)
print(pickle.load(f))

# Protocols 0 and 1, written by CPython.
OLD = [
b'N.',
b'I01\n.',
b'I00\n.',
b'I0\n.',
b'I1\n.',
b'I-1\n.',
b'I255\n.',
b'I256\n.',
b'I65535\n.',
b'I65536\n.',
b'I2147483647\n.',
b'I-2147483648\n.',
b'L2147483648L\n.',
b'L18446744073709551616L\n.',
b'L-1180591620717411303424L\n.',
b'F1.5\n.',
b'F-0.0\n.',
b'F1e+300\n.',
b'Finf\n.',
b'Vabc\np0\n.',
b'V\xe9\\u20ac\\U0001f600\\u000a\\u005c\np0\n.',
b'V\np0\n.',
b'c__builtin__\nbytes\np0\n(tRp1\n.',
b'c_codecs\nencode\np0\n(V\\u0000\xff\np1\nVlatin1\np2\ntp3\nRp4\n.',
b'(t.',
b'(I1\ntp0\n.',
b'(I1\nI2\nI3\nI4\ntp0\n.',
b'(lp0\n.',
b'(lp0\nI1\na(lp1\nI2\naVx\np2\naa.',
b'(dp0\n.',
b'(dp0\nVa\np1\nI1\nsI2\n(lp2\nI3\nas.',
b'c__builtin__\nset\np0\n((lp1\nI1\naI2\natp2\nRp3\n.',
b'c__builtin__\nfrozenset\np0\n((lp1\nVq\np2\natp3\nRp4\n.',
b'c__builtin__\ncomplex\np0\n(F1.0\nF2.0\ntp1\nRp2\n.',
b'c__builtin__\nxrange\np0\n(I2\nI9\nI3\ntp1\nRp2\n.',
b'c__builtin__\nbytearray\np0\n(c_codecs\nencode\np1\n(Vab\np2\nVlatin1\np3\ntp4\nRp5\ntp6\nRp7\n.',
b'ccollections\nOrderedDict\np0\n(tRp1\nVa\np2\nI1\ns.',
b'N.',
b'I01\n.',
b'I00\n.',
b'K\x00.',
b'K\x01.',
b'J\xff\xff\xff\xff.',
b'K\xff.',
b'M\x00\x01.',
b'M\xff\xff.',
b'J\x00\x00\x01\x00.',
b'J\xff\xff\xff\x7f.',
b'J\x00\x00\x00\x80.',
b'L2147483648L\n.',
b'L18446744073709551616L\n.',
b'L-1180591620717411303424L\n.',
b'G?\xf8\x00\x00\x00\x00\x00\x00.',
b'G\x80\x00\x00\x00\x00\x00\x00\x00.',
b'G~7\xe4<\x88\x00u\x9c.',
b'G\x7f\xf0\x00\x00\x00\x00\x00\x00.',
b'X\x03\x00\x00\x00abcq\x00.',
b'X\x0b\x00\x00\x00\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\n\\q\x00.',
b'X\x00\x00\x00\x00q\x00.',
b'c__builtin__\nbytes\nq\x00)Rq\x01.',
b'c_codecs\nencode\nq\x00(X\x03\x00\x00\x00\x00\xc3\xbfq\x01X\x06\x00\x00\x00latin1q\x02tq\x03Rq\x04.',
b').',
b'(K\x01tq\x00.',
b'(K\x01K\x02K\x03K\x04tq\x00.',
b']q\x00.',
b']q\x00(K\x01]q\x01(K\x02X\x01\x00\x00\x00xq\x02ee.',
b'}q\x00.',
b'}q\x00(X\x01\x00\x00\x00aq\x01K\x01K\x02]q\x02K\x03au.',
b'c__builtin__\nset\nq\x00(]q\x01(K\x01K\x02etq\x02Rq\x03.',
b'c__builtin__\nfrozenset\nq\x00(]q\x01X\x01\x00\x00\x00qq\x02atq\x03Rq\x04.',
b'c__builtin__\ncomplex\nq\x00(G?\xf0\x00\x00\x00\x00\x00\x00G@\x00\x00\x00\x00\x00\x00\x00tq\x01Rq\x02.',
b'c__builtin__\nxrange\nq\x00(K\x02K\tK\x03tq\x01Rq\x02.',
b'c__builtin__\nbytearray\nq\x00(c_codecs\nencode\nq\x01(X\x02\x00\x00\x00abq\x02X\x06\x00\x00\x00latin1q\x03tq\x04Rq\x05tq\x06Rq\x07.',
b'ccollections\nOrderedDict\nq\x00)Rq\x01X\x01\x00\x00\x00aq\x02K\x01s.',
]
for data in OLD:
    print(repr(pickle.loads(data)))


def local_function():
    def inner():
        pass
    return inner


for bad in (lambda: pickle.dumps(lambda: 1), lambda: pickle.dumps(local_function()),
            lambda: pickle.loads(b""), lambda: pickle.loads(b"\x80\x04K"),
            lambda: pickle.loads(b"\x80\x04\xff"), lambda: pickle.loads(b"\x80\x02h\x05."),
            lambda: pickle.dumps(1, 9), lambda: pickle.loads("x"),
            lambda: pickle.dumps((x for x in [])), lambda: pickle.loads(b"\x80\x09N.")):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
