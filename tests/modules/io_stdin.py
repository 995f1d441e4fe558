# sys.stdin at the end of its input (the runner gives tests an empty stdin).
import sys

for line in sys.stdin:
    print('line', repr(line))
print(sys.stdin.readlines(), repr(sys.stdin.readline()), repr(sys.stdin.read()))
print(iter(sys.stdin) is sys.stdin)
try:
    input()
except EOFError as e:
    print('EOFError', e)
