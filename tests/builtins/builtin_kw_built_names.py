# Keyword names built at run time (not interned by the compiler) reach the builtins that sort
# their keywords by name: print, sorted, sum, min, max, zip and enumerate.
def name(*parts):
    return "".join(parts)


print(1, 2, **{name("s", "e", "p"): "+", name("e", "n", "d"): "!\n"})
print(sorted([3, 1, 2], **{name("rev", "erse"): True}))
print(sorted(["bb", "a", "ccc"], **{name("k", "ey"): len}))
print(sum([1, 2], **{name("st", "art"): 10}))
print(max([1, -5, 3], **{name("k", "ey"): abs}))
print(min([], **{name("def", "ault"): "empty"}))
print(list(enumerate("ab", **{name("st", "art"): 5})))
for kw in ({name("fi", "le"): None}, {name("fl", "ush"): False}):
    print("ok", **kw)
for call in (
    lambda: print(1, **{name("se", "pp"): "-"}),
    lambda: sorted([1], **{name("kee"): None}),
    lambda: sum([1], **{name("begin"): 1}),
):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
