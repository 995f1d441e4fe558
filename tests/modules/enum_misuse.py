# enum: errors and odd uses, compared with CPython.
from enum import Enum, Flag, IntFlag, IntEnum, auto, StrEnum
class Color(Enum):
    RED = 1
class P(Flag):
    A = 1
    B = 2
class Q(Flag):
    X = 1
def show(f):
    try: print('ok', f())
    except Exception as e: print(type(e).__name__, e)
show(lambda: Color.RED.foo)
show(lambda: P.A | Q.X)
show(lambda: P.A & 1)
show(lambda: P(4))
show(lambda: Color())
show(lambda: Color.RED())
show(lambda: Color.RED + 1)
show(lambda: Color['red'])
show(lambda: Color(None))
show(lambda: len(Color.RED))
show(lambda: list(Color.RED))
show(lambda: Color.RED.value.foo)
show(lambda: IntEnum('N', 'A B')(3))
show(lambda: P.A in Q.X)
show(lambda: Color.RED in P.A)
show(lambda: StrEnum('S', 'A B').A + 'x')
show(lambda: Enum('X', 'a b')['c'])
show(lambda: Color.RED.__class__('RED'))
show(lambda: Color.__members__['BLUE'])
show(lambda: P['C'])
show(lambda: ~Color.RED)
