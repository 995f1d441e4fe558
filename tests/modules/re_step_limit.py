# A catastrophic pattern raises RuntimeError at the step limit instead of running for ever
# (CPython would not finish: the expected output is in re_step_limit.py.exp).
import re

try:
    re.match(r'(a+)+$', 'a' * 30 + 'b')
    print('matched?')
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    re.search(r'(x+x+)+y', 'x' * 40)
except RuntimeError as e:
    print(type(e).__name__, e)
# The module still works afterwards.
print(re.match(r'(a+)+$', 'aaaa').span())
