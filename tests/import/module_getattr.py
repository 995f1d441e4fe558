# PEP 562: a module's __getattr__ is asked for names its globals lack
import _lazymod as m

print(m.present, m.calls)
print(m.lazy_one, m.lazy_one, m.calls)
print(m.__dict__["lazy_one"])
print(getattr(m, "lazy_two"), getattr(m, "missing", "default"), m.calls)
print(hasattr(m, "lazy_three"), hasattr(m, "nothing"))
try:
    m.nothing
except AttributeError as e:
    print("AttributeError", e)
try:
    m.boom
except KeyError as e:
    print("KeyError", e)
from _lazymod import lazy_four
print(lazy_four)
try:
    from _lazymod import absent
except ImportError as e:
    print("ImportError", type(e).__name__, str(e).split(" (")[0])
# __getattr__ itself, and the module's own attributes, are not routed through it.
print(m.__getattr__.__name__, m.__name__, "__getattr__" in m.calls)
print(type(m.__dict__).__name__, dir(m))
m.calls.clear()
del m.__getattr__
try:
    m.lazy_five
except AttributeError as e:
    print("after del:", e, m.calls)
# A non-callable __getattr__ fails when used.
m.__getattr__ = 5
try:
    m.lazy_six
except TypeError as e:
    print("TypeError")
