# enum: IntEnum and StrEnum members are ints and strings.
from enum import Enum, IntEnum, StrEnum, auto


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(repr(Number.ONE), str(Number.ONE), format(Number.ONE), f'{Number.TWO:03d}|{Number.TWO}')
print('%s %d %r' % (Number.ONE, Number.TWO, Number.THREE))
print(Number.ONE + 1, Number.TWO * Number.THREE, -Number.ONE, Number.THREE // 2, Number.ONE == 1)
print(Number.ONE < Number.TWO, Number.THREE >= 3, sorted([Number.THREE, Number.ONE, 2]))
print(Number(2), Number(Number.ONE), isinstance(Number.ONE, int), int(Number.THREE))
print({1: 'one'}[Number.ONE], hash(Number.TWO) == hash(2), [10, 20, 30][Number.ONE])
print(list(range(Number.THREE)), type(Number.ONE + 1).__name__, Number.ONE.real)
print(Number.ONE.name, Number.ONE.value, type(Number.ONE.value).__name__)


class Status(StrEnum):
    ACTIVE = auto()
    INACTIVE = 'off'
    PENDING = auto()


print(repr(Status.ACTIVE), str(Status.ACTIVE), format(Status.INACTIVE), f'[{Status.PENDING:>9}]')
print(Status.ACTIVE == 'active', Status('off'), Status.INACTIVE.upper(), Status.ACTIVE + '!')
print(isinstance(Status.ACTIVE, str), len(Status.PENDING), list(Status), '-'.join(Status))
print(Status.ACTIVE.value, Status['PENDING'], Status.ACTIVE in Status, 'x' + Status.INACTIVE)
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print(type(e).__name__, e)


class Code(int, Enum):
    OK = 200
    NOT_FOUND = 404


print(repr(Code.OK), str(Code.OK), format(Code.OK), f'{Code.NOT_FOUND}', Code.OK + 1, Code(404))


class Tag(str, Enum):
    A = 'alpha'
    B = 'beta'


print(repr(Tag.A), str(Tag.A), f'{Tag.B}', Tag.A == 'alpha', Tag('beta'), Tag.A.upper())


class Prio(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


print(list(Prio), max(Prio), min(Prio).name, sum(Prio))
