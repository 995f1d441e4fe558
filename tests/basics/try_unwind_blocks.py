# Leaving nested blocks with break, continue and return (with a value kept on the stack while
# each block is unwound): for loops, with, except clauses (named or not), finally on both paths.
class CM:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, *exc):
        self.log.append("exit " + self.name + " " + str(exc[0] is not None))
        return False


def ret_from_for_with_except(log):
    for i in range(3):
        with CM("a", log):
            try:
                raise KeyError(i)
            except KeyError as err:
                log.append("caught " + str(err))
                return [i, len(log)]


def ret_from_finally_exceptional(log):
    for i in range(2):
        try:
            try:
                raise ValueError("x")
            finally:
                log.append("finally")
                return "from finally"
        except ValueError:
            log.append("not reached")


def break_from_bare_except(log):
    for i in range(5):
        try:
            1 / 0
        except:
            log.append("bare")
            break
    return i


def continue_from_named_except(log):
    out = []
    for i in range(3):
        try:
            raise IndexError(i)
        except IndexError as e:
            if i == 1:
                continue
            out.append(e.args[0])
    return out


def ret_through_nested_finally(log):
    for a in [1]:
        for b in [2]:
            try:
                try:
                    with CM("b", log):
                        return (a, b, "v")
                finally:
                    log.append("inner finally")
            finally:
                log.append("outer finally")


def ret_in_handler_in_finally(log):
    try:
        pass
    finally:
        try:
            raise TypeError("t")
        except TypeError as t:
            return "handler " + str(t)


def gen(log):
    for i in range(3):
        with CM("g", log):
            try:
                yield i
            finally:
                log.append("gen finally %d" % i)


for f in [ret_from_for_with_except, ret_from_finally_exceptional, break_from_bare_except,
          continue_from_named_except, ret_through_nested_finally, ret_in_handler_in_finally]:
    log = []
    print(f.__name__, f(log), log)

log = []
for v in gen(log):
    if v == 1:
        break
print(log)
try:
    err
except NameError:
    print("name cleared")
