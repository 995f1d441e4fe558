# difflib.SequenceMatcher: blocks, opcodes, ratios and grouped opcodes, with junk and the
# popular-item heuristic, compared with CPython's difflib.
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.find_longest_match(0, 5, 0, 4))
print(s.find_longest_match())

s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for block in s.get_matching_blocks():
    print("a[%d] and b[%d] match for %d elements" % block)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("%7s a[%d:%d] (%s) b[%d:%d] (%s)" % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))
print(sorted(s.bjunk), sorted(s.bpopular))

# Junk can only extend a match, never start one.
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))

# From 200 items, an item making up more than 1% of b is left out of the search.
a = "x" * 100 + "abc"
b = "x" * 200 + "abc"
s = difflib.SequenceMatcher(None, a, b)
print(sorted(s.bpopular), s.get_matching_blocks()[:3])
s = difflib.SequenceMatcher(None, a, b, autojunk=False)
print(sorted(s.bpopular), s.get_matching_blocks()[:3])

# Sequences of any hashable items.
s = difflib.SequenceMatcher(None, [1, 2, 3, 4, 5], (0, 2, 3, 5, 6))
print(s.get_opcodes())
s = difflib.SequenceMatcher(None, "", "")
print(s.get_opcodes(), s.ratio(), list(s.get_grouped_opcodes()))

# set_seq1 and set_seq2 reuse what is known of the other sequence.
s = difflib.SequenceMatcher()
s.set_seq2("abcd")
for w in ["abce", "xbcd", "dcba", ""]:
    s.set_seq1(w)
    print(w, s.ratio(), s.get_opcodes())

# Grouped opcodes: context of n lines around each change, far changes in separate groups.
a = list(map(str, range(1, 40)))
b = a[:]
b[8:10] = ["i"]
b[20:23] = ["x", "y"]
b.insert(30, "new")
for n in (0, 1, 3):
    for group in difflib.SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        print(n, group)

# The context trims the list get_opcodes() keeps, as CPython's does.
s = difflib.SequenceMatcher(None, "0123456789abc", "0123456789xbc")
codes = s.get_opcodes()
list(s.get_grouped_opcodes(2))
print(codes, s.get_opcodes() is codes)

print(difflib.Match(1, 2, 3), difflib.Match(1, 2, 3).size)
