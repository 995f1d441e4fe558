# difflib's text diffs: ndiff with its intraline '?' lines, Differ, restore, unified_diff,
# context_diff, diff_bytes, get_close_matches and the junk predicates.
import difflib

text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
print("".join(difflib.Differ().compare(text1, text2)), end="")
print("".join(difflib.ndiff(text1, text2)), end="")
diff = list(difflib.ndiff(text1, text2))
print("".join(difflib.restore(diff, 1)) == "".join(text1))
print("".join(difflib.restore(diff, 2)) == "".join(text2))
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print("ValueError", e)

# Tabs in a changed line stay tabs in its '?' line.
print("".join(difflib.ndiff(["\tabc def\n"], ["\tabd def\n"])), end="")
# Lines too different are replaced whole, the shorter block first.
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["xyz\n"])), end="")
print("".join(difflib.ndiff(["xyz\n"], ["one\n", "two\n", "three\n"])), end="")
# No close pair: synch up on an identical one.
print("".join(difflib.ndiff(["a\n", "same\n", "b\n"], ["c\n", "same\n", "d\n"])), end="")
# Line junk.
print("".join(difflib.ndiff(["x\n", "\n", "y\n"], ["x\n", "#\n", "y\n"],
                            linejunk=difflib.IS_LINE_JUNK)), end="")
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"),
      difflib.IS_LINE_JUNK("hello\n"), difflib.IS_LINE_JUNK("# x\n"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"),
      difflib.IS_CHARACTER_JUNK("\n"), difflib.IS_CHARACTER_JUNK("x"))

s1 = ["bacon\n", "eggs\n", "ham\n", "guido\n"]
s2 = ["python\n", "eggy\n", "hamster\n", "guido\n"]
print("".join(difflib.unified_diff(s1, s2, fromfile="before.py", tofile="after.py")), end="")
print("".join(difflib.context_diff(s1, s2, fromfile="before.py", tofile="after.py")), end="")
print("".join(difflib.unified_diff(s1, s2, "a", "b", "2005-01-26 23:30:50", "2010-04-02 10:20:52",
                                   n=0)), end="")
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
print(list(difflib.unified_diff([], ["only\n"])))
print(list(difflib.context_diff(["only\n"], [])))
print(list(difflib.unified_diff(["same\n"], ["same\n"])))

long_a = ["line %d\n" % i for i in range(30)]
long_b = long_a[:]
long_b[3] = "changed 3\n"
long_b[20:22] = []
long_b.append("tail\n")
print("".join(difflib.unified_diff(long_a, long_b, "a", "b")), end="")
print("".join(difflib.context_diff(long_a, long_b, "a", "b", n=1)), end="")

try:
    list(difflib.unified_diff([b"x\n"], ["y\n"]))
except TypeError as e:
    print("TypeError", e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"\xff\n"], [b"a\n", b"b\n"],
                              b"old", b"new")))

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist))
print(difflib.get_close_matches("pineapple", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist))
print(difflib.get_close_matches("ab", ["ab", "ba", "abc", "b", "a"], n=2, cutoff=0))
for bad in [dict(n=0), dict(cutoff=1.5)]:
    try:
        difflib.get_close_matches("x", ["y"], **bad)
    except ValueError as e:
        print("ValueError", e)
