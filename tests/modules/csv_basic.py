# csv: the reader's states, the writer's quoting and escaping, dialects and the dict classes.
import csv
import io


def read(lines, **kw):
    r = csv.reader(lines, **kw)
    out = []
    try:
        for row in r:
            out.append((row, r.line_num))
    except Exception as e:
        out.append((type(e).__name__, str(e), r.line_num))
    return out


def write(rows, **kw):
    s = io.StringIO()
    try:
        w = csv.writer(s, **kw)
        counts = [w.writerow(row) for row in rows]
    except Exception as e:
        return type(e).__name__, str(e), s.getvalue()
    return counts, s.getvalue()


# Reading: quoting, doubled quotes, records over several lines, empty lines.
print(read(["a,b,c", "1,2,3"]))
print(read(['"a,b",c', '"x ""y"" z",']))
print(read(['"multi', 'line",x\n', "next\r\n"]))
print(read(["", "\n", "a,\n", ",,"]))
print(read(['"ab"c,d', 'a"b,c']))
print(read(['"ab"c,d'], strict=True))
print(read(['"open'], strict=True))
print(read(['"open']))
print(read(["a\rb"]))
print(read(["a, b,  \"c\""], skipinitialspace=True))
print(read(["1,\"2\",,x"], quoting=csv.QUOTE_NONNUMERIC))
print(read(["1,\"2\",,3.5"], quoting=csv.QUOTE_NONNUMERIC))
print(read(['a"b,"c"'], quoting=csv.QUOTE_NONE))
print(read(["a\\,b,c\\", "d"], escapechar="\\"))
print(read(["a\\\nb", "c"], escapechar="\\"))
print(read(['"a\\"b"'], escapechar="\\", doublequote=False))
print(read(["a;b|c"], delimiter=";"))
print(read(["a b", "c  d"], delimiter=" ", skipinitialspace=True))
print(read(["x|y|z"], delimiter="|", escapechar="|"))
print(read([b"bytes"]))
r = csv.reader(["a", "b"])
print(r.line_num, r.dialect.delimiter, next(r), r.line_num, list(r), r.line_num)

# The field size limit.
old = csv.field_size_limit(4)
print(old, read(["abcd,e", "abcde"]))
print(csv.field_size_limit(old), csv.field_size_limit())

# Writing: minimal quoting, None, numbers, the single empty field.
print(write([[1, "a,b", 'q"q', None, 2.5, "e\nf", "g\rh", ""], [], [""], ["", ""]]))
print(write([["a b"]], delimiter=" "))
print(write([["a\rb", "c\nd"]], lineterminator="\n"))
print(write([[1, "a", None, 2.5, True]], quoting=csv.QUOTE_NONNUMERIC))
print(write([[1, "a", None]], quoting=csv.QUOTE_ALL))
print(write([["a,b", 'c"d', "e\\f"]], quoting=csv.QUOTE_NONE, escapechar="\\"))
print(write([["a,b"]], quoting=csv.QUOTE_NONE))
print(write([[""]], quoting=csv.QUOTE_NONE))
print(write([['a"b', "x\\y"]], doublequote=False, escapechar="\\"))
print(write([['a"b']], doublequote=False))
print(write([["x", "y"]], quotechar=None))
print(write([5]))
s = io.StringIO()
w = csv.writer(s)
print(w.writerows([[1, 2], (3, 4), "ab", range(2)]), repr(s.getvalue()), w.dialect.lineterminator == "\r\n")

# Round trip through a file object.
s = io.StringIO(newline="")
csv.writer(s).writerows([["id", "text"], [1, "plain"], [2, 'with "quotes", commas\nand newline']])
s.seek(0)
print(list(csv.reader(s)))

# Dialects: registered names, classes, checks.
print(sorted(csv.list_dialects()))
for name in ("excel", "excel-tab", "unix"):
    d = csv.get_dialect(name)
    print(name, repr(d.delimiter), repr(d.lineterminator), d.quoting, d.quotechar,
          d.escapechar, d.doublequote, d.skipinitialspace, d.strict)
try:
    csv.get_dialect("excel").delimiter = ";"
except AttributeError as e:
    print("AttributeError", e)


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False


csv.register_dialect("semi", Semi)
print(read(["a;'b;c'"], dialect="semi"), write([["a;b", 1]], dialect="semi"))
csv.register_dialect("pipe", delimiter="|", quoting=csv.QUOTE_ALL)
print(write([["a", 1]], dialect="pipe"), write([["a", 1]], dialect="pipe", delimiter=","))
print(write([["a", 1]], dialect=Semi), write([["a", 1]], dialect=csv.excel_tab))
csv.unregister_dialect("pipe")
print(sorted(csv.list_dialects()))
for call in (lambda: csv.get_dialect("pipe"), lambda: csv.unregister_dialect("pipe"),
             lambda: csv.reader([], "nope"), lambda: csv.register_dialect(1)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)


class Incomplete(csv.Dialect):
    delimiter = ";"


try:
    Incomplete()
except csv.Error as e:
    print("Error", e)
print(Semi().delimiter, issubclass(csv.Error, Exception))

bad = [dict(delimiter=""), dict(delimiter="ab"), dict(delimiter=1), dict(delimiter=None),
       dict(quotechar=""), dict(quoting=9), dict(quoting="1"), dict(lineterminator=1),
       dict(escapechar="ab"), dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(foo=1),
       dict(lineterminator=None), dict(quoting=True), dict(quoting=None),
       dict(doublequote=None, escapechar=None, skipinitialspace=None)]
for kw in bad:
    try:
        csv.reader([], **kw)
        print("accepted", kw)
    except TypeError as e:
        print("TypeError", e)
for call in (lambda: csv.writer(5), lambda: csv.reader(5), lambda: csv.field_size_limit("x")):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

# DictReader: field names from the first record, rest key and value, empty lines skipped.
f = io.StringIO("name,age\nann,31\n\nbob\ncid,40,x,y\n")
dr = csv.DictReader(f, restkey="extra", restval="?")
print(dr.fieldnames, dr.line_num)
for row in dr:
    print(sorted(row.items()), dr.line_num)
dr = csv.DictReader(["1;2"], fieldnames=("a", "b"), delimiter=";")
print(list(dr), dr.fieldnames)
print(csv.DictReader([]).fieldnames)

# DictWriter: header, missing values, extra keys.
s = io.StringIO()
dw = csv.DictWriter(s, ["a", "b"], restval="-")
print(dw.writeheader(), dw.writerow({"a": 1}), dw.writerows([{"b": 2}, {"a": "x,y", "b": None}]))
print(repr(s.getvalue()))
try:
    dw.writerow({"a": 1, "c": 3})
except ValueError as e:
    print("ValueError", e)
dw = csv.DictWriter(s, ["a"], extrasaction="ignore")
print(dw.writerow({"a": 1, "c": 3}))
try:
    csv.DictWriter(s, ["a"], extrasaction="skip")
except ValueError as e:
    print("ValueError", e)
