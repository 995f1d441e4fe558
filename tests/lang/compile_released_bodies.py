# Once a def or class has its code the compiler lets go of its body (vm/compile.c,
# release_body), so that a small heap does not hold every method's tree at once. What reads the
# def afterwards must not need the body: the enclosing scope's re-emission with wide jumps, the
# closures of nested functions, decorators, defaults and qualified names.


def run(src):
    ns = {}
    exec(src, ns)
    return ns


# A function whose code outgrows two-byte jumps is emitted again, wide: the defs and the class
# inside it, made (and let go of) in the first attempt, are taken as they are.
filler = "".join("    t = t + %d\n" % (i % 7) for i in range(12000))
src = (
    "def deco(f):\n"
    "    f.tag = 'd'\n"
    "    return f\n"
    "def big(a):\n"
    "    t = 0\n"
    "    k = 10\n"
    "    @deco\n"
    "    def first(x, y=k):\n"
    "        return x + y + a\n"
    "    class C:\n"
    "        '''doc of C'''\n"
    "        def m(self):\n"
    "            return a * 2\n"
    "        def n(self):\n"
    "            def inner():\n"
    "                return k\n"
    "            return inner\n"
    + filler
    + "    def last():\n"
    "        return t + first(1)\n"
    "    while t > 0:\n"
    "        t -= 1000\n"
    "        if t < 5000:\n"
    "            break\n"
    "    return first, C, last, t\n"
    "r = big(3)\n"
)
ns = run(src)
first, C, last, t = ns["r"]
print(first(1), first(1, 2), first.tag, first.__qualname__, first.__defaults__)
print(C.__qualname__, C.__doc__, C().m(), C().n()(), C().n().__qualname__)
print(last(), t)

# Many methods in one class, each with a nested function and a closure over the class's
# enclosing function.
method = (
    "        def m%d(self, v=%d):\n"
    "            def g():\n"
    "                return v + base\n"
    "            return g()\n"
)
body = "".join(method % (i, i) for i in range(40))
ns = run("def make(base):\n    class K:\n" + body + "    return K\n")
K = ns["make"](100)
print(sum(getattr(K(), "m%d" % i)() for i in range(40)), K.m39.__qualname__)

# Nested classes and functions several levels deep.
src = """
class A:
    class B:
        def f(self):
            class D:
                def g(self):
                    return 'g'
            return D
    def h(self):
        return self.B().f()().g()
"""
ns = run(src)
print(ns["A"]().h(), ns["A"].B.f.__qualname__)
