# os.popen: read a command's output, feed its input, the exit status from close().
import os
p = os.popen('echo hello; echo world')
print(p.read(), end='')
print(p.close())
with os.popen('exit 3') as p:
    print(repr(p.read()))
print(os.popen('exit 2').close())
print([l.strip() for l in os.popen('printf "a\\nb\\n"')])
w = os.popen('cat > /dev/null', 'w')
w.write('data')
print(w.close())
print(os.waitstatus_to_exitcode(3 << 8))
