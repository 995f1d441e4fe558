# A comprehension with many for clauses: each loop's labels are made before the first loop is
# emitted, with no limit on how many there are.
src = "[x0 " + " ".join("for x%d in [%d]" % (i, i) for i in range(80)) + "]"
print(eval(src))
src = "{x0: x79 " + " ".join("for x%d in (%d,) if x%d >= 0" % (i, i, i) for i in range(80)) + "}"
print(eval(src))
print(sum(eval("(a + b + c for a in range(3) for b in range(3) if a != b for c in range(2))")))
