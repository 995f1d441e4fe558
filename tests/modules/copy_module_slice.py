# copy: modules cannot be copied; slices copy to themselves and deep-copy to equal new slices.
import copy, sys
for v in (sys, slice(1, 2)):
    for f in (copy.copy, copy.deepcopy):
        try:
            r = f(v)
            print(type(v).__name__, f.__name__, r is v, r == v)
        except TypeError as e:
            print('TypeError', e)
