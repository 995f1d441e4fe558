# Blocks of more statements than one parse-tree node holds (65535 children): the parser splits
# them, and they must still run in order, at module level and inside a block.
N = 140000
body = "".join("a(%d)\n" % i for i in range(N))
log = []
exec(body, {"a": log.append})
print(len(log), log == list(range(N)))

log = []
exec("if 1:\n" + "".join("    a(%d)\n" % i for i in range(N)) + "    a(-1)\n", {"a": log.append})
print(len(log), log[:3], log[-3:], log[:-1] == list(range(N)))

