# selectors: DefaultSelector over a socketpair: register, modify, select, get_key, get_map,
# unregister, close, and the errors of each.
try:
    import selectors
    import socket
except ImportError:
    print('SKIP')
    raise SystemExit

a, b = socket.socketpair()
a.setblocking(False)
b.setblocking(False)

for cls_name in ('DefaultSelector', 'PollSelector', 'SelectSelector'):
    print('--', cls_name)
    sel = getattr(selectors, cls_name)()
    key = sel.register(a, selectors.EVENT_READ, 'data-a')
    print(key.fileobj is a, key.fd == a.fileno(), key.events, key.data)
    print(sel.select(0))
    b.send(b'ping')
    ready = sel.select(1)
    print(len(ready), ready[0][0] is key, ready[0][1])
    print(a.recv(10))
    print(sel.select(0))
    # Both directions: a socket with room to send is writable at once.
    key = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, 'both')
    print(key.events, key.data, sel.get_key(a) is key)
    print([(k.data, ev) for k, ev in sel.select(0)])
    key = sel.modify(a, selectors.EVENT_WRITE, 'w')
    print([(k.data, ev) for k, ev in sel.select(0)])
    # A registration by file descriptor number is the same entry.
    print(sel.get_key(a.fileno()).data)
    m = sel.get_map()
    print(len(m), a in m, b in m, m[a].data, list(m) == [a.fileno()], m.get(b, 'none'))
    sel.register(b, selectors.EVENT_READ)
    print(len(m), sorted(k.data or '' for k in m.values()))
    other = socket.socket()
    for bad in (0, 4, -1):
        try:
            sel.register(other, bad)
        except ValueError:
            print('ValueError', bad)
    other.close()
    try:
        sel.register(a, selectors.EVENT_READ)
    except KeyError:
        print('KeyError: already registered')
    try:
        sel.register('not a file', selectors.EVENT_READ)
    except ValueError as e:
        print('ValueError', e)
    try:
        sel.register(-5, selectors.EVENT_READ)
    except ValueError as e:
        print('ValueError', e)
    print(sel.unregister(a).data)
    for call in (sel.unregister, sel.get_key):
        try:
            call(a)
        except KeyError:
            print('KeyError: not registered')
    try:
        sel.modify(a, selectors.EVENT_READ)
    except KeyError:
        print('KeyError: modify unregistered')
    # Data for an unregistered socket wakes nobody.
    b.send(b'x')
    print(sel.select(0.001))
    print(a.recv(10))
    a.send(b'pong')
    print([(k.fileobj is b, ev) for k, ev in sel.select(1)])
    print(b.recv(10))
    with sel:
        pass
    print(sel.get_map())
    try:
        sel.get_key(a)
    except RuntimeError as e:
        print('RuntimeError', e)

print(selectors.EVENT_READ, selectors.EVENT_WRITE, selectors.SelectorKey._fields)
a.close()
b.close()
