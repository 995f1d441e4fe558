class Consts:
    ZERO = 0
    ONE = 1
    NAMES = ('a', 'b')
class Status:
    OK = 'ok'
    ERR = 'err'
def f(v):
    match v:
        case Consts.ZERO:
            return 'zero const'
        case Consts.ONE:
            return 'one const'
        case Status.OK:
            return 'status ok'
        case -1.5:
            return 'neg float'
        case 1 + 2j:
            return 'complex literal'
        case 'a' | 'b':
            return 'letter'
        case b'raw':
            return 'bytes literal'
        case None | True | False:
            return 'singleton %r' % (v,)
    return 'nothing'
for v in [0, 1, 'ok', 'err', -1.5, 1 + 2j, 'b', b'raw', None, False, 0.0, True, 2]:
    print(repr(v), f(v))
def seq_types(v):
    match v:
        case [a, b]:
            return 'seq2'
        case str():
            return 'str not seq'
    return 'other'
print(seq_types('ab'), seq_types(b'ab'), seq_types((1, 2)), seq_types(range(2)), seq_types({1, 2}), seq_types(iter([1, 2])))
def mapping(v):
    match v:
        case {}:
            return 'any mapping'
    return 'not mapping'
print(mapping({}), mapping({'x': 1}), mapping([]), mapping('s'))
