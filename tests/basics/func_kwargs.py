# **kwargs collects extra keyword arguments into a dict, in call order
def f(**kw):
    return kw


print(f())
print(f(a=1))
print(f(z=1, a=2, m=3))


def g(x, **kw):
    print(x, kw)


g(1)
g(1, y=2, z=3)
g(x=5, w=6)


def h(a, *args, **kw):
    print(a, args, kw)


h(1)
h(1, 2, 3, k=4)
h(a=0, b=1)
opts = {'sep': '-', 'end': '!\n'}
print('a', 'b', **opts)
h(*[1, 2], **{'c': 3})


def keys(**kw):
    out = []
    for k in kw:
        out.append(k + '=' + str(kw[k]))
    return ','.join(out)


print(keys(b=2, a=1, c=3))
