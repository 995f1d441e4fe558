def brk():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(brk())

def cont():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(cont())

def brk_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return 'broke at %d' % i
print(brk_in_finally())

def cont_in_finally():
    n = 0
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            n += 1
            continue
    return n
print(cont_in_finally())

def while_loop():
    i = 0
    log = []
    while True:
        try:
            i += 1
            if i > 3:
                break
            if i == 2:
                continue
            log.append(i)
        finally:
            log.append('end%d' % i)
    return log
print(while_loop())

def nested_loops():
    log = []
    for a in range(2):
        for b in range(3):
            try:
                try:
                    if b == 1:
                        continue
                    if b == 2:
                        break
                    log.append((a, b))
                finally:
                    log.append('in')
            finally:
                log.append('out')
    return log
print(nested_loops())

def except_break():
    for i in range(3):
        try:
            raise ValueError
        except ValueError:
            break
        finally:
            print('finally', i)
    return i
print(except_break())

def else_continue():
    res = []
    for i in range(3):
        try:
            pass
        except Exception:
            pass
        else:
            if i == 1:
                continue
            res.append(i)
    return res
print(else_continue())
