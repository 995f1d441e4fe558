# string.Formatter: parse() of every piece and error, format/vformat with numbering, fields,
# conversions and nested specs, and a subclass that changes the steps.
import string

f = string.Formatter()
for s in ("a{0!r:>5}b{}{{c", "", "x", "{a.b[0]}", "{:{w}.{p}f}", "a}}b", "{!r}", "{0:}", "{0!s}",
          "x{{", "{}}}", "{0[1]:{1}}"):
    print(repr(s), list(f.parse(s)))
for s in ("{", "}", "a{b", "{0!}", "{0!ab}", "{0!r", "{0:", "{a{b}", "{0[}", "x}y", "{!"):
    try:
        print(repr(s), list(f.parse(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)


class Point:
    x = 3
    y = [10, 20]

    def __repr__(self):
        return "Point()"


print(f.format("{0} {x} {0!r:>6}", "a", x=3), f.vformat("{}-{}", (1, 2), {}))
print(f.format("{p.x} {p.y[1]} {0[key]}", {"key": "v"}, p=Point()))
print(f.format("{:{}}|{:>{w}.{p}f}", "ab", 5, 3.14159, w=8, p=2))
print(f.format("{0!s:^7}|{0!a}", "é"), f.format("{:,}", 1234567))
print(f.get_field("0.x", (Point(),), {}), f.get_field("k[2]", (), {"k": "abc"}))
for s, args, kwargs, exc in (("{} {0}", (1,), {}, ValueError), ("{0} {}", (1,), {}, ValueError),
                             ("{}", (), {}, IndexError), ("{k}", (), {}, KeyError),
                             ("{0!z}", (1,), {}, ValueError), ("{0.}", (1,), {}, ValueError),
                             ("{0[}", (1,), {}, ValueError), ("{0[a]x}", ({"a": 1},), {}, ValueError),
                             ("{:{:{}}}", (1, 2, 3), {}, ValueError)):
    try:
        print(f.vformat(s, args, kwargs))
    except exc as e:
        print(type(e).__name__, e)


class Upper(string.Formatter):
    def format_field(self, value, format_spec):
        return format(value, format_spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<%s>" % key
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value) + "!"
        return super().convert_field(value, conversion)


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise KeyError("unused: %s" % ", ".join(sorted(unused)))


print(Upper().format("{greeting}, {name}! {0:x} {1!u}", 255, "done", greeting="hi"))
print(Strict().format("{a}", a=1))
try:
    Strict().format("{a}", a=1, b=2, c=3)
except KeyError as e:
    print("KeyError", e)
print("Formatter" in string.__all__)
