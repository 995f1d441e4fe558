# input() with sys.stdin and sys.stdout replaced by StringIO objects.
import io
import sys

sys.stdin = io.StringIO('5\nhello world\nlast')
out = io.StringIO()
sys.stdout = out
n = int(input('number? '))
words = input().split()
last = input('> ')
try:
    input()
except EOFError as e:
    err = str(e)
sys.stdout = sys.__stdout__
sys.stdin = sys.__stdin__
print(n, words, repr(last), err)
print(repr(out.getvalue()))
