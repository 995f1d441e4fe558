g = 1

def read():
    return g

def write():
    global g
    g = 2

def newglobal():
    global created_later
    created_later = 'made'

print(read())
write()
print(read(), g)
newglobal()
print(created_later)

def local_shadow():
    g = 100
    return g

print(local_shadow(), g)

def unbound():
    try:
        print(g)
    except UnboundLocalError as e:
        print(type(e).__name__, isinstance(e, NameError))
    g = 3

unbound()

def global_in_nested():
    def inner():
        global g
        g += 10
    inner()
    return g

print(global_in_nested(), g)

def del_global():
    global created_later
    del created_later

del_global()
try:
    created_later
except NameError as e:
    print(type(e).__name__, e)

counter = 0
def bump(n):
    global counter
    for _ in range(n):
        counter += 1
bump(5)
print(counter)
print('g' in globals(), 'nope' in globals())
