# timeit and sched: timings on a fake clock (so results are exact), the generated source,
# errors; the scheduler's order, cancel, non-blocking runs and the queue.
import sched
import timeit


class FakeClock:
    def __init__(self, step):
        self.now = 0.0
        self.step = step

    def __call__(self):
        self.now += self.step
        return self.now


counter = [0]


def bump():
    counter[0] += 1


t = timeit.Timer("x += 1", "x = 0", timer=FakeClock(0.5))
print(t.timeit(10), t.repeat(3, 5), t.autorange())
print(timeit.timeit("bump()", globals={"bump": bump}, number=7, timer=FakeClock(1.0)), counter)
print(timeit.Timer(bump, timer=FakeClock(0.25)).timeit(3), counter)
print(timeit.repeat(bump, bump, repeat=2, number=4, timer=FakeClock(2.0)), counter)
print(timeit.Timer("for i in range(3):\n    y = i", "z = 1\nw = 2").src)
print(isinstance(timeit.timeit("pass", number=100), float), timeit.default_number, timeit.default_repeat)
now = [0.0]


def tick():
    now[0] += 0.03


calls = []
auto = timeit.Timer("tick()", globals={"tick": tick}, timer=lambda: now[0])
print(auto.autorange(lambda n, s: calls.append((n, round(s, 2))))[0], calls)
for args in (("1 +",), ("pass", "def"), (5,), ("pass", 5), ("return",), ("yield 1",)):
    try:
        timeit.Timer(*args)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
try:
    timeit.Timer("1 / 0").timeit(1)
except ZeroDivisionError:
    print("ZeroDivisionError")

clock = [0.0]
log = []


def fake_time():
    return clock[0]


def fake_sleep(d):
    log.append(("sleep", d))
    clock[0] += d


s = sched.scheduler(fake_time, fake_sleep)
say = lambda *a, **k: log.append((clock[0],) + a + tuple(sorted(k.items())))
e1 = s.enter(5, 1, say, ("five",))
e2 = s.enterabs(2, 2, say, ("two-low",))
e3 = s.enterabs(2, 1, say, ("two-high",))
e4 = s.enter(3, 1, say, kwargs={"k": "three"})
e5 = s.enter(4, 1, say, ("cancelled",))
print(e1.time, e1.priority, e1.argument, e4.kwargs, e2 < e1, e3 < e2, s.empty())
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError:
    print("ValueError")
print([(e.time, e.priority, e.argument) for e in s.queue])
print(s.run(blocking=False), log)
clock[0] = 3.5
print(s.run(blocking=False), log[-3:])
s.run()
print(log[-2:], s.empty(), s.run(), s.queue)
seq = sched.scheduler(fake_time, fake_sleep)
for name in "abc":
    seq.enterabs(10, 0, log.append, (name,))
seq.run()
print(log[-6:])
print(sched.Event._fields, sched.__all__)
