# contextvars: get/set/reset, tokens, contexts as mappings, run(), copies.
import contextvars as cv
import re


def plain(text):
    return re.sub(r" at 0x[0-9a-f]+", "", text)


v = cv.ContextVar("v")
w = cv.ContextVar("w", default=5)
print(plain(repr(v)), plain(repr(w)), v.name, w.name)
try:
    v.get()
except LookupError as e:
    print("LookupError", plain(repr(e.args[0])))
print(v.get(7), w.get(), w.get(9), v.get(None))
t = v.set(1)
print(plain(repr(t)), t.var is v, t.old_value, repr(cv.Token.MISSING), v.get())
v.reset(t)
print(v.get("gone"))
for token, var in ((t, v), (w.set(2), v), ("x", v)):
    try:
        var.reset(token)
    except (RuntimeError, ValueError, TypeError) as e:
        print(type(e).__name__, plain(str(e)))
print(w.get())

ctx = cv.copy_context()
t3 = ctx.run(v.set, 3)
print(ctx[v], v.get(None), len(ctx), ctx.get(v), v in ctx, ctx.get(cv.ContextVar("z"), "dflt"))
print(sorted(var.name for var in ctx), sorted(var.name for var in ctx.keys()), sorted(ctx.values()))
print(sorted((k.name, x) for k, x in ctx.items()))
try:
    v.reset(t3)
except ValueError as e:
    print("ValueError", plain(str(e)))
print(ctx.run(lambda: (v.get(), w.get())), ctx.run(v.reset, t3), ctx.run(v.get, "reset"))


def nested():
    return ctx.run(lambda: 1)


try:
    ctx.run(nested)
except RuntimeError as e:
    print("RuntimeError", plain(str(e)))
copy = ctx.copy()
copy.run(w.set, 100)
print(ctx[w], copy[w], copy == ctx, ctx == ctx.copy(), ctx != copy, len(cv.Context()))


def worker(n):
    w.set(n)
    return [w.get(), cv.copy_context()[w]]


print(cv.copy_context().run(worker, 42), w.get())
try:
    ctx.run(lambda: 1 / 0)
except ZeroDivisionError:
    print("ZeroDivisionError", w.get(), ctx.run(w.get))
for bad in (lambda: cv.ContextVar(1), lambda: cv.Context(1), lambda: ctx["notvar"],
            lambda: hash(ctx), lambda: setattr(v, "name", "x"), lambda: ctx[cv.ContextVar("q")]):
    try:
        bad()
    except (TypeError, AttributeError, KeyError) as e:
        print(type(e).__name__, plain(str(e)))
print(hash(v) == hash(v), {v: 1}[v])
for base in (cv.ContextVar, cv.Context, cv.Token):
    try:
        type("Sub", (base,), {})
    except TypeError as e:
        print("TypeError", e)
