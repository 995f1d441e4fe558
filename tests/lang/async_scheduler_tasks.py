class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield self.ticks

class Scheduler:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.log = []
    def spawn(self, coro, name):
        self.queue.append((self.now, len(self.log) + len(self.queue), name, coro))
    def run(self):
        results = {}
        while self.queue:
            self.queue.sort(key=lambda t: (t[0], t[1]))
            when, seq, name, coro = self.queue.pop(0)
            self.now = when
            try:
                ticks = coro.send(None)
            except StopIteration as e:
                results[name] = e.value
                self.log.append('%d: %s finished' % (self.now, name))
                continue
            self.queue.append((self.now + ticks, seq + 100, name, coro))
        return results

sched = Scheduler()
async def worker(name, delays):
    total = 0
    for d in delays:
        sched.log.append('%d: %s sleeps %d' % (sched.now, name, d))
        await Sleep(d)
        total += d
    return total

sched.spawn(worker('A', [3, 1]), 'A')
sched.spawn(worker('B', [1, 1, 1]), 'B')
sched.spawn(worker('C', [5]), 'C')
res = sched.run()
for line in sched.log:
    print(line)
print(sorted(res.items()))
