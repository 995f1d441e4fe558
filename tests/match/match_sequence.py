# sequence patterns: lengths, stars in every position, nesting, strings are not sequences
def f(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return ("one", x)
        case [*a, 9]:
            return ("ends in 9", a)
        case [1, *mid, 2]:
            return ("1..2", mid)
        case [_, _, *_]:
            return "two or more"
        case _:
            return "not a sequence"
for v in [[], [5], (3, 9), [1, 2], [1, 7, 8, 2], [4, 4, 4], "ab", range(3), {1: 2}, 7]:
    print(f(v))
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
