def outer():
    count = 0
    def gen():
        nonlocal count
        for i in range(3):
            count += 1
            yield i
    g = gen()
    before = count
    first = next(g)
    middle = count
    rest = list(g)
    return before, first, middle, rest, count
print(outer())
def make_gen_factory():
    produced = []
    def factory(n):
        def g():
            for i in range(n):
                produced.append(i)
                yield i * n
        return g()
    return factory, produced
factory, produced = make_gen_factory()
print(list(factory(3)), list(factory(2)), produced)
def state_machine():
    state = 'idle'
    def transitions():
        nonlocal state
        for event in ['start', 'pause', 'resume', 'stop']:
            old = state
            state = {'start': 'running', 'pause': 'paused', 'resume': 'running', 'stop': 'idle'}[event]
            yield '%s --%s--> %s' % (old, event, state)
    return list(transitions()), state
print(state_machine())
