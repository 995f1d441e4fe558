# __future__: the import works and the module lists every feature.
from __future__ import annotations, print_function, division, generator_stop
import __future__

print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f, f.getOptionalRelease(), f.getMandatoryRelease(), f.compiler_flag)
print(__future__.CO_FUTURE_ANNOTATIONS, print_function.mandatory, 7 / 2)
print(type(annotations).__name__)
