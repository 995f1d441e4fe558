# Blocks nested deeply inside one function: loops, try/finally, with and except handlers, with
# break, continue and return crossing several of them, so finally bodies run in order.
import contextlib

log = []


@contextlib.contextmanager
def ctx(name):
    log.append("enter " + name)
    try:
        yield
    finally:
        log.append("exit " + name)


def deep(stop):
    for a in range(2):
        with ctx("w1"):
            try:
                for b in range(2):
                    try:
                        with ctx("w2"):
                            while True:
                                try:
                                    for c in range(3):
                                        try:
                                            try:
                                                if c == stop:
                                                    return (a, b, c)
                                                if c == 1:
                                                    continue
                                                raise KeyError(c)
                                            except KeyError as e:
                                                log.append("key %s" % e)
                                        finally:
                                            log.append("f4 %d" % c)
                                    break
                                finally:
                                    log.append("f3")
                    finally:
                        log.append("f2 %d" % b)
            finally:
                log.append("f1 %d" % a)
    return None


print(deep(2))
print(log)
log.clear()
print(deep(5))
print(len(log), log[:6], log[-4:])


def nested_loops():
    total = 0
    for a in range(2):
        for b in range(2):
            for c in range(2):
                for d in range(2):
                    for e in range(2):
                        for f in range(2):
                            for g in range(2):
                                for h in range(2):
                                    for i in range(2):
                                        for j in range(2):
                                            for k in range(2):
                                                if k:
                                                    break
                                                total += 1
    return total


print(nested_loops())
