# ci/qemu/frozen_check.py: a module the QEMU boards freeze into flash, with a constant of every
# kind vm/gen_frozen.py writes as C and code of every shape the compiler makes.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
# ci/qemu-repl imports it on the board and compares what check() returns with what python3
# returns for the same file: a constant or code object frozen wrongly shows as a difference.
"""Constants and code shapes for the frozen-in-flash check."""

import sys

SMALL = (0, 1, -1, 1073741823, -1073741824)  # the 31-bit small ints' ends
BOXED_ON_32 = (1073741824, -1073741825, 4611686018427387903, -4611686018427387904)  # 63-bit ends
BIG = (4611686018427387904, -4611686018427387905, 1267650600228229401496703205383,
       -8727963568087712425891397479476727340041449)
FLOATS = (1.5, -0.0, 1e300, 2.5e-310, 1e999, -1e999)
COMPLEX = (2j, 1.5 - 2.25j)
TEXT = ('', 'a', 'snake_case', 'two words', 'caf\u00e9 \u2603 \U0001f600', 'nul\0byte', '??=')
DATA = (b'', b'x', b'\x00\xff bytes', bytes(range(8)))
NESTED = ((1, (2, (3, ()))), ('a', b'b', None, True, False, ...))


def defaults(a, b=2, /, c=(3, 4), *args, d, e='e', **kw):
    return a, b, c, args, d, e, sorted(kw.items())


def counter(start):
    n = start

    def step(by=1):
        nonlocal n
        n += by
        return n
    return step


def local_class(v):
    class Local:
        value = v  # a class body reading its function's variable: LOAD_CLASSDEREF
    return Local.value


def gen(n):
    for i in range(n):
        if i % 2:
            yield i * i
    return 'done'


class Shape:
    """A class body is code too."""
    sides = 0

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return '%s(%r, %d)' % (type(self).__name__, self.name, self.sides)


class Square(Shape):
    sides = 4

    def area(self, side):
        return super().__repr__() + ' ' + str(side ** 2)


def errors():
    out = []
    for x in (0, 'a', None):
        try:
            try:
                out.append(10 // x)
            finally:
                out.append('finally')
        except ZeroDivisionError as e:
            out.append('zero: %s' % e)
        except TypeError:
            out.append('type')
        else:
            out.append('else')
    return out


async def agen():
    for i in range(3):
        yield i


async def use_agen():
    return [i async for i in agen()]


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


def check():
    g = gen(5)
    s = counter(10)
    return [
        SMALL, BOXED_ON_32, [type(x).__name__ for x in BOXED_ON_32], BIG, sum(BIG),
        FLOATS, COMPLEX, TEXT, [len(t) for t in TEXT], DATA, NESTED,
        hash('snake_case') == hash('snake_' + 'case'), {'two words': 1}['two ' + 'words'],
        {b'x': 2}[bytes([120])], ... is NESTED[1][5],
        defaults(1, d=4), defaults(1, 2, 3, 4, 5, d=6, e=7, z=8),
        s(), s(5), local_class('v'), list(g), Square('sq').area(3), repr(Shape('blob')),
        Square.__doc__,
        errors(), run(use_agen()), [x * 2 for x in range(4)], {k: v for k, v in zip('ab', 'cd')},
        sorted({n % 3 for n in range(10)}), (lambda q: q + 1)(41), __doc__, __name__,
        check.__name__, Square.area.__qualname__, type(sys).__name__,
    ]
