log = []
def t(name, v=None):
    log.append(name)
    return v if v is not None else name
def f(*a, **k):
    return a, sorted(k)
log.clear(); f(t('a'), t('b'), x=t('x'), y=t('y')); print(log)
log.clear(); t('func', f)(t('arg1'), *[t('star')], **{t('key'): t('val')}); print(log)
log.clear(); d = {t('k1'): t('v1'), t('k2'): t('v2')}; print(log)
log.clear(); l = [t('e1'), t('e2'), t('e3')]; print(log)
log.clear(); r = t('left', 1) + t('right', 2) * t('third', 3); print(r, log)
log.clear(); r = t('x', 2) ** t('y', 3) ** t('z', 2); print(r, log)
log.clear()
obj = {'k': [0, 0]}
t('container', obj)[t('key', 'k')][t('idx', 1)] = t('value', 9)
print(obj, log)
log.clear()
a = [0, 0]
t('target', a)[t('i', 0)] += t('inc', 5)
print(a, log)
log.clear(); x = t('cond', True) and t('then', 1) or t('else', 2); print(x, log)
log.clear(); x = t('c1', 0) if t('test', False) else t('c2', 7); print(x, log)
log.clear(); s = t('s1', 'a') < t('s2', 'b') < t('s3', 'c'); print(s, log)
log.clear(); tup = (t('p'), t('q')); print(log)
log.clear(); ss = {t('m'), t('n')}; print(log)
log.clear(); fstr = f"{t('fa')}{t('fb')}"; print(fstr, log)
log.clear()
def g(a=t('default-evaluated-at-def')):
    return a
print(log)
log.clear(); g(); print(log)
log.clear(); [t('comp%d' % i) for i in range(2) if t('cond%d' % i, True)]; print(log)
